"""How sentences point back and list things: the patterns SentenceView reads clauses with.

Everything here is matched against the folded copy (Simplified Chinese, lower case).
"""
import re

from ...schema import NodeType

RELATIVE = re.compile(r"\b(?:which|that)\b")  # refers to the nearest name before it
PRONOUN = re.compile(r"\b(?:it|its|the model|the company)\b|它|其|该模型|该公司|这款|后者")  # refers to the subject
CONTINUATION = re.compile(r"\s*(?:但是|但|而且|而|并且|并|且|却|同时|不过|也|仍|but |and |while |yet )")
LATIN_CHAR = re.compile(r"[a-z]")
COORD = re.compile(r"\s*(?:[,，、]\s*)?(?:和|与|及|以及|或|、|/|and|or|as well as|&|plus)?\s*(?:the\s+)?")
NEW_CLAUSE = re.compile(r"\s+(?:also|still|too|then|has|had|have|is|are|was|were|will|would|did|does|can|could|[a-z]+(?:ed|s)\b)")
COMMA_ONLY = re.compile(r"\s*[,，]\s*")
POSSESSIVE = re.compile(r"\s*(?:的|'s|’s)\s*")
MODIFIER_OF = re.compile(r"\s*的[\u4e00-\u9fff]{1,4}\s*")  # "o1的轻量版o1-mini": o1-mini is the head
APPOSITION = re.compile(r"[,，:：]\s*")
DEFINITE = {  # descriptions that point back at the last-named entity of one type
    NodeType.POLICY: re.compile(r"(?<![a-z])the (?:rule|law|act|bill|order|plan|policy|regulation|measures)(?![a-z])"
                                r"|该(?:规则|法案|政策|计划|办法|规定|条例|禁令)|这(?:项|一)(?:规则|法案|政策|计划|规定|禁令)"),
    NodeType.MODEL: re.compile(r"(?<![a-z])the (?:new )?model(?![a-z])|该模型|这款模型|新模型"),
    NodeType.ORGANIZATION: re.compile(r"(?<![a-z])the (?:company|firm|startup|start-up|lab)(?![a-z])|该公司|这家公司|该企业"),
}
SUBJECT_SLOT = re.compile(r"[\s《「“\"『]*(?:据|根据|according to)?(?:[^他她它我你们,，。]{0,12}的)?[^他她它我你们]{0,3}")  # a subject opens its clause
BARE_PREDICATE = re.compile(r"\s*(?:(?:整体|综合)?(?:表现|性能|成绩|得分|效果|能力|水平))?"
                            r"(?:[均都也还则更再仍已并又亦皆]|直接|明显|全面|大幅|同样|随后|进一步|均已)*\s*"
                             r"|\s*(?:has|have|had|is|are|was|were|will|would|also|still|then|later|since)\b.*")
NEGATION = re.compile(r"(?:并未|并没有|没有|没|未能|尚未|未|不会|不|did not|didn't|does not|doesn't|do not|don't|never|not|failed to|fails to)\s*$")
