"""Interviews: in a question-and-answer piece the answers are the interviewee's, with no speech verb."""
from __future__ import annotations

import re
from collections import Counter

from ...schema import NodeType, slugify
from .lexicon import Lexicon
from .mentions import Mention

QUESTION = r"^\s*{names.question_labels}\s*[:：]|[?？]\s*$"  # "问：…", "Q: …", or a line ending in "?"
_LABEL = re.compile(r"^\s*([\u4e00-\u9fff·]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[:：]")
INTERVIEW_CONFIDENCE = 0.6


def interviewee(text: str, mentions: list[Mention], lexicon: Lexicon | None = None) -> tuple[Mention, int] | None:
    """The person a Q&A interview quotes, and where the first answer starts; None if no Q&A.

    >>> text = "問：為何開源？\\n王大明：因為社群重要。\\n問：下一步？\\n王大明：繼續投入。"
    >>> person, at = interviewee(text, [])
    >>> person.surface, text[at:at + 3]
    ('王大明', '王大明')
    """
    lines, starts, offset = text.split("\n"), [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    lex = lexicon or Lexicon.default()
    question, not_names = lex.pattern(QUESTION), lex.word_set("names.interview_not_names")
    questions = [i for i, line in enumerate(lines) if line.strip() and question.search(line)]
    if len(questions) < 2:
        return None
    labels = Counter(m.group(1) for line in lines if (m := _LABEL.match(line)) and m.group(1) not in not_names)
    answer = next((i for i in range(questions[0] + 1, len(lines)) if lines[i].strip() and i not in questions), None)
    if answer is None:
        return None
    if labels and labels.most_common(1)[0][1] >= 2:
        name = labels.most_common(1)[0][0]
        at = next(starts[i] + lines[i].index(name) for i, line in enumerate(lines) if _LABEL.match(line)
                  and _LABEL.match(line).group(1) == name)
        known = next((m for m in mentions if m.type == NodeType.SOURCE and m.kind == "person"
                      and (name in m.surface or m.surface in name)), None)
        person = known or Mention(at, at + len(name), name, slugify(name), NodeType.SOURCE,
                                  INTERVIEW_CONFIDENCE, "discovery.interview", kind="person")
        return person, at
    people = [m for m in mentions if m.type == NodeType.SOURCE and m.kind == "person" and m.start < starts[answer]]
    return (people[0], starts[answer]) if people else None
