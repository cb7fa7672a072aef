r"""Whether a regex would compile, at about half the cost of compiling it: CPython's parser, then the two checks its
compiler makes (a look-behind of fixed width, and not too long); elsewhere, ``re.compile`` itself.

A lexicon checks each of its hundreds of constructions when it is read (the error names the file and the list),
and compiles them only later, inside the templates that use them: the check's compiled code was thrown away.

>>> validate(r"(?<=ab)c|(?P<x>d)")
>>> validate(r"(?<=a+)c")
Traceback (most recent call last):
...
re.error: look-behind requires fixed-width pattern
>>> validate(r"(a")
Traceback (most recent call last):
...
re.error: missing ), unterminated subpattern at position 0
"""
from __future__ import annotations

import re
try:  # CPython's own regex parser (3.11+)
    from re import _compiler as _K, _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - another Python
    _C = _K = _P = None


def validate(regex: str) -> None:
    """Raise ``re.error`` where ``re.compile(regex)`` would; return nothing."""
    if _P is None:  # pragma: no cover - another Python
        re.compile(regex)
        return
    _lookbehinds(_P.parse(regex))


def _lookbehinds(node) -> None:
    """The compiler's checks of every look-behind in a parsed pattern (``re._compiler._compile``)."""
    for op, av in node.data if isinstance(node, _P.SubPattern) else ():
        if op in (_C.ASSERT, _C.ASSERT_NOT) and av[0] < 0:
            lo, hi = av[1].getwidth()
            if lo > _K.MAXCODE:
                raise re.error("looks too much behind")
            if lo != hi:
                raise re.error("look-behind requires fixed-width pattern")
        _walk(av)


def _walk(value) -> None:
    if isinstance(value, _P.SubPattern):
        _lookbehinds(value)
    elif isinstance(value, (tuple, list)):
        for item in value:
            _walk(item)
