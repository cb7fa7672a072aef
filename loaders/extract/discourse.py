"""How sentences point back and list things: the templates SentenceView reads clauses with.

Each is a template over the lexicons (``{file.list}`` is that list in every language; see
:mod:`.lexicon`), matched against the folded copy (Simplified Chinese, lower case). Only
punctuation and spacing are written here; the words are in ``loaders/lang/<code>/discourse.yaml``.
"""
from ...schema import NodeType

RELATIVE = "{discourse.relative}"   # refers to the nearest name before it
PRONOUN = "{discourse.pronouns}"    # refers to the subject
CONTINUATION = r"\s*{discourse.continuation}"
COORD = r"\s*(?:[,，、]\s*)?{discourse.coordinators}?\s*(?:{discourse.articles}\s+)?"
NEW_CLAUSE = r"\s+{discourse.new_clause}"
COMMA_ONLY = r"\s*[,，]\s*"
POSSESSIVE = r"\s*{discourse.possessive}\s*"
MODIFIER_OF = r"\s*{discourse.modifier_of}\s*"  # "o1的轻量版o1-mini": o1-mini is the head
APPOSITION = r"[,，:：]\s*"
DEFINITE = {  # descriptions that point back at the last-named entity of one type
    NodeType.POLICY: "{discourse.definite_policy}",
    NodeType.MODEL: "{discourse.definite_model}",
    NodeType.ORGANIZATION: "{discourse.definite_organization}",
}
# a subject opens its clause: opening quotes, an attribution, a short modifier, no pronoun
SUBJECT_SLOT = (r"[\s《「“\"『]*{discourse.subject_markers}?"
                r"(?:[^{discourse.pronoun_chars:chars},，。]{0,12}{discourse.attributive})?"
                r"[^{discourse.pronoun_chars:chars}]{0,3}")
# what may stand between a carried-over subject and its verb: a property noun, adverbs; or an auxiliary
BARE_PREDICATE = (r"\s*(?:{discourse.property_modifiers}?{discourse.property_nouns})?{discourse.adverbs}*\s*"
                  r"|\s*{discourse.auxiliaries}\b.*")
NEGATION = r"{polarity.negations}\s*$"
LATIN_CHAR = "[a-z]"
