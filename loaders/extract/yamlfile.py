"""The YAML loader of the data files (lexicons, gazetteers): yaml's safe loader, refusing a key given twice."""
from __future__ import annotations

import yaml

_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~5x faster when present


class DuplicateKey(Exception):
    """A key given twice in one mapping: YAML would keep the second and drop the first without a word."""


class Loader(_SAFE):
    """The safe loader; a mapping with a key given twice raises :class:`DuplicateKey`.

    >>> yaml.load("a: 1\\nb: 2\\na: 3\\n", Loader=Loader)
    Traceback (most recent call last):
    ...
    newsgraph.loaders.extract.yamlfile.DuplicateKey: 'a' is given twice (lines 1 and 3): the second would replace the first
    """


def _unique_mapping(loader, node):
    """The mapping, refusing a text key written twice in it. A merge (``<<: *defaults``) is no key: a key written
    next to it overrides the merged one, as YAML means; other keys (numbers, lists) are left to the loader, which
    refuses an unhashable one with its own error.

    >>> yaml.load("d: &d {kind: company}\\ne: {<<: *d, kind: lab}\\n", Loader=Loader)
    {'d': {'kind': 'company'}, 'e': {'kind': 'lab'}}
    """
    lines: dict = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node)
        if not isinstance(key, str):
            continue
        if key in lines:
            raise DuplicateKey(f"'{key}' is given twice (lines {lines[key]} and {key_node.start_mark.line + 1}): "
                               f"the second would replace the first")
        lines[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=True)


Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)
