"""The lexicon's pattern check without compiling (``patterncheck.validate``): it refuses exactly what ``re.compile``
refuses, with the same message — on invented patterns in all three scripts and on every construction of the
bundled lexicons — and a lexicon read again in the same process still refuses a bad pattern."""
import re

import pytest

from newsgraph.loaders.extract import lexicon as lexicon_module
from newsgraph.loaders.extract.lexicon import Lexicon, LexiconError
from newsgraph.loaders.extract.patterncheck import validate


def _compile_error(regex):
    try:
        re.compile(regex)
    except re.error as exc:
        return str(exc)
    return None


def _validate_error(regex):
    try:
        validate(regex)
    except re.error as exc:
        return str(exc)
    return None


@pytest.mark.parametrize("regex", [
    # valid: look-behinds of a fixed width, nested, in a branch, in a repeat, in a conditional group
    r"(?<=发布)了(?P<model>\w+)", r"(?<=發佈)了(?P<model>\w+)", r"(?<![\w.])(?:released|launched)\s+(?P<model>\w+)",
    r"(?:(?<=ab)|(?<=cd))x", r"(?:(?<!公司)(?<=[说說])){1,3}y", r"(?P<a>x)?(?(a)(?<=x)y|z)", r"(?>(?<=ab)c)",
    r"(?<=(?:ab|cd))e", r"(?<=[甲乙丙])丁", r"(?i:(?<=the )model)",
    # invalid in the parser
    r"(发布", r"發佈)", r"[a-", r"(?P<x>a)(?P<x>b)", r"a{3,2}", r"(?<=a)*", r"\p", r"(?P=missing)",
    # invalid in the compiler: a look-behind of varying width, anywhere in the pattern
    r"(?<=a+)b", r"(?<!发布|发布了)模型", r"(?<!發佈|發佈了)模型", r"x(?:y(?<=(?:released|launch))z)",
    r"(?:a|(?<=b?)c)", r"(?P<a>x)?(?(a)(?<!xy?)y|z)", r"((?<=ab)c(?<!a*))",
])
def test_validate_refuses_what_compile_refuses(regex):
    assert _validate_error(regex) == _compile_error(regex)


def test_validate_agrees_on_every_bundled_construction(monkeypatch):
    checked = []
    original = lexicon_module._check
    monkeypatch.setattr(lexicon_module, "_VALID", set())
    monkeypatch.setattr(lexicon_module, "_check", lambda where, text: (checked.append(text), original(where, text)))
    Lexicon.load()
    assert len(checked) > 100
    for text in checked:
        regex = lexicon_module._unique_groups(text)
        assert _validate_error(regex) is None and _compile_error(regex) is None, text


@pytest.mark.parametrize("pattern", [r"(?<=发布了?)(?P<model>\w+)", r"(?<=發佈了?)(?P<model>\w+)", r"(?<=releas(?:ed)?) (\w+"])
def test_a_bad_pattern_is_refused_at_every_read(tmp_path, pattern):
    """The check remembers only patterns found valid: a lexicon read twice is refused twice, naming the list."""
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "cues.yaml").write_text(
        "bad:\n  - pattern: '" + pattern + "'\n    why: invented\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(LexiconError, match=r"cues.yaml: bad: .*not a valid pattern"):
            Lexicon.load(codes=("xx",), roots=[tmp_path])
