"""Looking into a user's Cypher before it runs: the ``$parameters`` it uses and the clauses that write.

A small tokenizer that skips string literals, comments and backquoted names, so ``'$x'`` is no
parameter and ``n.create`` or ``{set: 1}`` no clause. LadybugDB enforces read-only queries itself
(a read-only database); for Neo4j this inspection comes first, and a READ session second.

>>> sorted(parameters("MATCH (n {id: $id}) WHERE n.name = '$not' RETURN n LIMIT $`limit`"))
['id', 'limit']
>>> write_clauses("MATCH (n) DETACH DELETE n"), write_clauses("MATCH (n) RETURN n.set AS created")
(['DETACH', 'DELETE'], [])
"""
from __future__ import annotations

import re

_TOKEN = re.compile(r"""
    (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<quoted>`(?:[^`]|``)*`)
  | (?P<param>\$(?:[A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)*`|\d+))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<space>\s+)
  | (?P<other>.)
""", re.S | re.X)

# Clauses that change data or schema, in Neo4j 5 or LadybugDB (Kùzu) Cypher
WRITE_KEYWORDS = frozenset({
    "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "ALTER", "FOREACH", "LOAD", "COPY",
    "INSTALL", "ATTACH", "IMPORT", "EXPORT", "CHECKPOINT", "GRANT", "DENY", "REVOKE", "RENAME",
})
# after these a keyword is a name or part of an expression (a property, label, variable, alias), not a clause
_NOT_A_CLAUSE_AFTER = {".", ":", "$", "(", "[", ",", "=", "<", ">", "+", "-", "/", "%", "^",
                       "AS", "RETURN", "WITH", "WHERE", "AND", "OR", "XOR", "NOT", "IN", "BY", "DISTINCT",
                       "UNWIND", "CASE", "WHEN", "THEN", "ELSE", "ORDER", "YIELD"}


def _tokens(cypher: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(cypher) if m.lastgroup not in ("space", "comment")]


def parameters(cypher: str) -> set[str]:
    """The names of the ``$parameters`` a query uses (outside strings and comments)."""
    return {value[1:].strip("`").replace("``", "`") for kind, value in _tokens(cypher) if kind == "param"}


def write_clauses(cypher: str) -> list[str]:
    """The keywords in ``cypher`` that start a writing clause, in order (empty for a read-only query)."""
    tokens = _tokens(cypher)
    found = []
    for i, (kind, value) in enumerate(tokens):
        word = value.upper()
        if kind != "word" or word not in WRITE_KEYWORDS:
            continue
        before = tokens[i - 1][1].upper() if i else ""
        after = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        if before in _NOT_A_CLAUSE_AFTER or after in (":", "."):
            continue
        found.append(word)
    return found
