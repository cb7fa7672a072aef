"""Small typos of long names ("grt -oss" → gpt-oss), guarded so short or ordinary words never resolve."""
from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ...schema import NodeType
from ...schema.text import name_key
from .gazetteer import Gazetteer
from .mentions import Mention
from .normalize import Normalised
from .spans import Spans

TYPO_CONFIDENCE = 0.7
MIN_LENGTH = 5       # keys shorter than this never resolve by similarity
PLAIN_WORD_MIN = 7   # a letters-only token must be at least this long (ordinary words are short)

# A Latin token ("grt -oss"). The lookahead skips, at C speed, tokens too short to resolve: a token
# of MIN_LENGTH characters or more opens with that many letters and digits, or with a separator.
_TOKEN = re.compile(rf"(?<![A-Za-z0-9])(?=[A-Za-z0-9]{{{MIN_LENGTH}}}|[A-Za-z0-9]*\s?[-.]\s?[A-Za-z0-9])"
                    r"[A-Za-z][A-Za-z0-9]*(?:\s?[-.]\s?[A-Za-z0-9]+)*(?![A-Za-z0-9])")


class TypoResolver:
    """Resolves unmatched Latin tokens to a model or organisation one edit away (two for long names)."""

    def __init__(self, gazetteer: Gazetteer, types=(NodeType.MODEL, NodeType.ORGANIZATION)):
        self.gazetteer = gazetteer
        # a token is Latin and its near-miss must open with its first letter: keys opening with a Han
        # character ("美国众议院司法委员会") are never an answer, only work for every token of their length
        self.choices = {key: eid for key, eid in gazetteer.by_alias.items()
                        if len(key) >= MIN_LENGTH and key[:1].isascii() and gazetteer.entries[eid].type in types}
        self._near: dict[int, list[str]] = {}   # key length → the choices close enough in length, in order
        self._seen: dict[str, str | None] = {}  # token → answer (tokens repeat across articles)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_seen": {}}

    def find(self, norm: Normalised, taken: list[Mention]) -> list[Mention]:
        found, spans = [], Spans((m.start, m.end) for m in taken)
        for match in _TOKEN.finditer(norm.original):
            start, end = match.span()
            if end - start < MIN_LENGTH or spans.overlaps(start, end):
                continue  # a key is never longer than its token: too short to resolve
            entry_id = self.resolve(match.group())
            if entry_id:
                entry = self.gazetteer.entries[entry_id]
                found.append(Mention(start, end, match.group(), entry_id, entry.type, TYPO_CONFIDENCE, "typo"))
        return found

    def resolve(self, token: str) -> str | None:
        """The entity id ``token`` is a near-miss of, or None.

        >>> r = TypoResolver(Gazetteer.default())
        >>> r.resolve("grt -oss"), r.resolve("gpt"), r.resolve("Gemmy")
        ('gpt-oss', None, None)
        """
        if token in self._seen:
            return self._seen[token]
        if len(self._seen) >= _SEEN_MAX:
            self._seen.clear()
        found = self._seen[token] = self._resolve(token)
        return found

    def _resolve(self, token: str) -> str | None:
        key = name_key(token)
        plain = token.isalpha()
        if len(key) < MIN_LENGTH or (plain and len(key) < PLAIN_WORD_MIN) or key in self.gazetteer.by_alias:
            return None
        limit = 1 if len(key) < 10 else 2
        best = process.extractOne(key, self._near_in_length(len(key), limit), scorer=Levenshtein.distance,
                                  score_cutoff=limit)
        if best is None or best[0][0] != key[0] or best[1] == 0 or _other_version(key, best[0]) \
                or _derived(key, best[0]) or self._case_differs(token, best[0]):
            return None
        return self.choices[best[0]]

    def _case_differs(self, token: str, key: str) -> bool:
        """"command" is no typo of "Command A", nor "long-CoT" of "LongCat": a lower-case word for a capitalised name."""
        if not token[:1].islower():
            return False
        entry = self.gazetteer.entries[self.choices[key]]
        return all(name[:1].isupper() for name in (entry.name, *entry.aliases, *entry.canonical) if name_key(name) == key)

    def _near_in_length(self, length: int, limit: int) -> list[str]:
        """Choices within ``limit`` of ``length`` (no other can be within ``limit`` edits), in their order."""
        near = self._near.get(length)
        if near is None:
            near = self._near[length] = [k for k in self.choices if abs(len(k) - length) <= limit]
        return near


_SEEN_MAX = 1 << 16


_ENDINGS = ("n", "ns", "an", "ans", "ian", "ians", "ese", "ish", "s", "es")  # demonyms and plurals


def _derived(key: str, known: str) -> bool:
    """"American" is no typo of "America": a name with a demonym's or plural's ending is another word
    (a doubled last letter, "gpt-osss", is still a typo).

    >>> _derived("american", "america"), _derived("gptosss", "gptoss"), _derived("gptoss", "gtposs")
    (True, False, False)
    """
    extra = key[len(known):]
    return key.startswith(known) and extra in _ENDINGS and extra[0] != known[-1]


def _other_version(key: str, known: str) -> bool:
    """"qwen4" is not a typo of "qwen2", nor "falcone" of "falcon3": names that differ in their digits are different
    versions (an edit that adds, drops or changes a digit is no slip of the pen)."""
    return re.findall(r"\d", key) != re.findall(r"\d", known)
