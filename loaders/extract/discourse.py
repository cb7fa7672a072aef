"""How sentences point back and list things: the templates SentenceView reads clauses with.

Each is a template over the lexicons (``{file.list}`` is that list in every language; see
:mod:`.lexicon`), matched against the folded copy (Simplified Chinese, lower case). Only
punctuation and spacing are written here; the words are in ``loaders/lang/<code>/discourse.yaml``.
"""
from ...schema import NodeType

RELATIVE = "{discourse.relative}"   # refers to the nearest name before it
RELATIVE_WHO = r"[\s,，]*{discourse.relative_who}"  # opening a clause: refers to the name right before it, of any type
PRONOUN = "{discourse.pronouns}"    # refers to the subject
PLURAL_PRONOUN = "{discourse.subject_plural}"  # refers to every name listed as the subject
CONTINUATION = r"\s*{discourse.continuation}"
# between two listed names: the first name's tail ("o1系列") and a parenthesis ("o3 (70)"), then a comma or "and"
# (and a variant of it: "Claude Opus 4的非推理版本")
_NAME_END = (r"(?:\s*{discourse.name_tails})?(?:\s*{discourse.possessive}?\s*{discourse.version_nouns})?"
             r"(?:\s*[(（][^()（）]{0,24}[)）])?(?:\s*{discourse.margins})?")
COORD = (_NAME_END + r"\s*(?:[,，、]\s*)?{discourse.coordinators}?\s*(?:{discourse.articles}\s+)?"
         r"(?:{discourse.name_modifiers}\s*)?")  # "…和国内DeepSeek R1", "…and the open-source Llama 4"
NEW_CLAUSE = r"\s+{discourse.new_clause}"
# "…beat A and C trails D": a name followed by a comparison verb or an auxiliary starts a clause of its own
NEW_PREDICATE = r"\s+(?:{comparison.win}|{comparison.loss}|{comparison.passive_phrase}|{discourse.auxiliaries})\b"
COMMA_ONLY = _NAME_END + r"\s*[,，]\s*"
# "…beat A, B, C, and others", "A, B, C etc.": a list closed so, its comma-joined names are all members
LIST_CLOSE = _NAME_END + r"\s*[,，]?\s*{discourse.list_closers}"
POSSESSIVE = r"\s*{discourse.possessive}\s*"
# "Mistral's open-source Mixtral", "谷歌的开源Gemma": a possessor, then a short descriptor before the name it owns
OWNED = r"\s*{discourse.possessive}\s*(?:{discourse.name_modifiers}\s*)?"
MODIFIER_OF = r"\s*{discourse.modifier_of}\s*"  # "o1的轻量版o1-mini": o1-mini is the head
APPOSITION = r"[,，:：]\s*"
# "X（即Y）", "X (aka Y)": a name in brackets right after another only glosses it
GLOSS_OPEN = r"\s*[(（]\s*(?:{discourse.gloss_markers}\s*)?"
GLOSS_CLOSE = r"\s*[)）]"
# "…lags larger systems such as A and B": a short description, a kind noun, an exemplifier;
# the description holds no turn of the sentence ("but", "while", 但, 而)
EXEMPLIFIED = (r"(?:(?!{discourse.continuation})[^。;；!?！？]){0,40}?{discourse.kind_nouns}"
               r"(?:\s+{discourse.kind_origin}\s+[^,，。;；:：]{1,30}?)?\s*[,，]?\s*"  # "models from OpenAI and Meta, including"
               r"{discourse.exemplifiers}\s*[:：]?\s*")
DEFINITE = {  # descriptions that point back at the last-named entity of one type
    NodeType.POLICY: "{discourse.definite_policy}",
    NodeType.MODEL: "{discourse.definite_model}",
    NodeType.ORGANIZATION: "{discourse.definite_organization}",
}
# a subject opens its clause: opening quotes, an attribution, "both" before a list, a short modifier (…的, or a kind noun: 另一款模型X), no pronoun
SUBJECT_SLOT = (r"[\s《「“\"『]*{discourse.subject_markers}?(?:{discourse.articles}\s+)?(?:{discourse.name_modifiers}\s*)?(?:{discourse.name_leads}\s*)?(?:{discourse.appositive_heads}\s*)?"
                r"(?:{discourse.list_openers}\s+)?"
                r"(?:[^{discourse.pronoun_chars:chars},，。]{0,12}(?:{discourse.attributive}"
                r"|{discourse.kind_nouns}(?:\s*{discourse.exemplifiers})?)"
                r"|[^{discourse.pronoun_chars:chars},，。\s]{1,24}{discourse.possessive}(?:\s+[a-z][a-z-]*){0,2}\s+)?"  # "Acme's newly released X"  # "Models such as A and B trail C"
                r"[^{discourse.pronoun_chars:chars}]{0,3}")
# "It scores…", "These models beat…", "它超越了…", "更是在测试中击败了…" (no subject at all):
# a sentence whose subject points at the sentence before
SUBJECT_REFERENCE = (r"[\s《「“\"『]*(?:{discourse.sentence_openers}\s*[,，]?\s*)?"
                     r"(?!{discourse.appositive_heads})"  # "其主要竞争对手X…", "Its predecessor X…": X is the subject
                     r"(?:(?P<plural>{discourse.subject_plural})|{discourse.subject_pronoun}|(?P<carried>{discourse.clause_openers}))")
# "On most tests it beats Y", "在多项测试中它超越了Y", "在多项测试中超越了Y" (no subject at all): a sentence opening with a
# frame of where or on what, then a pronoun or (zh) straight its predicate, is about the one model of the sentence before
FRAMED_REFERENCE = (r"[\s《「“\"『]*(?:{discourse.sentence_openers}\s*[,，]?\s*)?{discourse.opening_frames}\s*"
                    r"(?:(?P<plural>{discourse.subject_plural})|{discourse.subject_pronoun})(?P<carried>(?!))?")  # never carried
FRAMED_BARE = r"[\s《「“\"『]*(?:{discourse.sentence_openers}\s*[,，]?\s*)?(?P<carried>{discourse.topic_frames})(?P<plural>(?!))?"  # never plural
# what a subjectless opening clause may not hold after its frame: a kind noun or a pronoun could be its own subject
OWN_SUBJECT = r"{discourse.kind_nouns}|[{discourse.pronoun_chars:chars}]"
SPEAKER_FRAME = r"\s*{discourse.speaker_verbs}\s*(?:{discourse.speaker_that}\s*)?[,，:：]?\s*"  # "Meta claims (that) it…"
# "Testers said (that) the model…": a speech verb or "that" right before a reported subject
SPOKEN_BEFORE = r"(?:{discourse.speaker_verbs}|{discourse.speaker_that})\s*[,，:：]?\s*$"
# "与A、B相比", "compared with A and B": a clause that only names the point of a comparison (no subject in it),
# or the set a model is ranked among ("在A、B和C等模型中", "among A, B and C"), or a parity with A alone ("…，接近A，远超B")
COMPARED_CLAUSE = r"\s*(?:{comparison.compared_frame}[^，,。；;]{0,20}|{comparison.point_frames}|{comparison.parity_frames})\s*"
# "比A少一半": a clause opening with the marker of a comparison, its name the object compared with
THAN_OBJECT = r"\s*(?:{discourse.adverbs}\s*)*(?:{comparison.than_marker})\s*"
# "X得分87.2，超越A，仅次于B": a clause opening with a comparison verb, its name that verb's object, not a subject
VERB_OBJECT = r"\s*(?:{discourse.adverbs}\s*)*(?:{comparison.win}|{comparison.loss})\s*(?:了\s*)?"
# where a clause of an earlier sentence ends, and a quotation opening before a name (the name is quoted, not reported)
CLAUSE_BREAK = r"[，,：:；;。！？!?\n]"
QUOTE_OPEN = r"[“「『\"]"
NAME_PREPOSITION = r"[\s《「“\"『]*{discourse.name_prepositions}"
POSSESSOR = r"\s*{discourse.possessive}"  # "Qwen3的错误率…", "Qwen3's error rate…": the name owns the subject, is not it
SENTENCE_END = r"[。！？!?\n]|\.(?=[\s\"”’」』)]|$)"
OBJECT_PLURAL = r"\s*(?:{discourse.description_lead}\s*)?{discourse.object_plural}"  # "…tops those rivals"
# "…named A and B, X beats them", "…A和B，X超越了它们": a plural object pronoun for the one list named earlier in the sentence
OBJECT_PRONOUN = r"\s*{discourse.object_pronouns}"
FORMER = "{discourse.former}"   # the first of exactly two names before
LATTER = "{discourse.latter}"   # the second of exactly two names before
# "the OpenAI model", "OpenAI的模型": the model of that maker named before
MAKER_MODEL = r"\s*(?:{discourse.possessive}\s*)?{discourse.maker_model}"
DESCRIPTION_LEAD = r"\s*(?:{discourse.description_lead}\s*)?"
# "据X…", "According to X": a name right after the marker is a source, never a carried-over subject
SOURCE_SLOT = r"[\s《「“\"『]*{discourse.subject_markers}\s*"
# what may stand between a carried-over subject and its verb: a property noun, adverbs; or an auxiliary
# or a frame of where / on what ("在多项测试中", "编程能力上") before the adverbs
_ESCALATED_PARITY = r"(?:{comparison.parity}\s*{comparison.escalation}\s*{discourse.adverbs}*\s*)?"  # "媲美甚至超越Y"
BARE_PREDICATE = (r"\s*(?:(?:{discourse.property_modifiers}|{discourse.property_clause}|{discourse.property_topics})?"
                  r"{discourse.property_nouns})?"
                  r"{discourse.adverbs}*\s*" + _ESCALATED_PARITY +
                  r"|\s*{discourse.clause_openers}?{discourse.topic_frames}\s*{discourse.adverbs}*\s*" + _ESCALATED_PARITY +
                  r"|\s*{discourse.auxiliaries}\b.*")
# "月之暗面发布Kimi K2，在多项测试中超越Y": a maker, a release verb, then the one model it released — what a clause
# after it with no subject of its own is about (a maker is no model's antecedent, so the released model is the one)
RELEASED_OBJECT = (r"[^，,。；;]{0,12}?{release.verbs}\s*(?:了\s*)?(?:{discourse.articles}\s+)?"
                   r"(?:(?:{release.adjectives}|{release.model_nouns}|{discourse.name_modifiers})\s*){0,3}$")
# "并未成功超越", "did not successfully beat": an adverb of manner may stand between a negation and its verb
NEGATION = r"{polarity.negations}\s*(?:{discourse.negated_adverbs}\s*)?$"
LATIN_CHAR = "[a-z]"


# "Did X release Y?", "X发布Y了吗？", "X是否发布了Y？": a yes-or-no question — an auxiliary opening it, or a question particle
# or word in it — ending in a question mark asserts nothing ("Why did X release Y?" takes the act as given)
_QUESTION_END = r"[?？][\s\"”’」』)）]*$"
_ASKS_OPENING = r"[\s\"“‘「『(（]*(?:{discourse.question_openers})\s"
_ASKS_INSIDE = r"(?:{discourse.question_particles})\s*[?？]|{comparison.question_words}"


def asks_whether(view) -> bool:
    """Whether the sentence of ``view`` is a yes-or-no question (it then asserts none of its facts)."""
    text = view.norm.folded
    return bool(view.re(_QUESTION_END).search(text, view.start, view.end)
                and (view.re(_ASKS_OPENING).match(text, view.start, view.end)
                     or view.re(_ASKS_INSIDE).search(text, view.start, view.end)))
