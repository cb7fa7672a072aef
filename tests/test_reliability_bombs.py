"""Markup, YAML and JSON bombs (issue 9, items 5, 10, 11): each file is read or reported within a
bounded amount of work. Each runs in a child process under a CPU-time and address-space limit
(``RLIMIT_CPU``, ``RLIMIT_AS``) far above what the fixed readers need (well under a CPU second) and
far below what the unbounded ones took (minutes, gigabytes): a hang guard, not a speed measurement
(benchmarks/bench_reliability.py measures the times, as ratios to a floor)."""
from __future__ import annotations

import json
import resource
import subprocess
import sys

import pytest

CPU_SECONDS = 20
MEMORY = 3 * 2**30

BOMBS = {
    # item 11: a YAML alias chain under author: (9 levels of 9: ~400 million strings once stringified)
    "alias.md": "---\ntitle: Bomb\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9) if p else ', '.join(['lol'] * 9)}]\n"
        for p, c in zip(["", *"abcdefgh"], "abcdefghi")) + "author: [" + ", ".join(["*i"] * 9) + "]\n---\nOpenAI released GPT-5.\n",
    # a Markdown line of unclosed link brackets, link starts and image starts
    "brackets.md": "# Brackets\n\n" + "a[" * 100_000 + "\n",
    "links.md": "# Links\n\n" + "[x](" * 60_000 + "\n",
    "images.md": "# Images\n\n" + "![x](" * 50_000 + "\n",
    # one tag with 100,000 attributes (libxml2's cost grows with their square)
    "attributes.html": "<html><body><p " + " ".join(f"a{i}=x" for i in range(100_000)) + ">OpenAI released GPT-5.</p></body></html>",
    # 80,000 elements: past what trafilatura handles in reasonable time
    "elements.html": "<html><body>" + "<div>x</div>" * 80_000 + "<p>OpenAI released GPT-5 today, a long sentence.</p></body></html>",
    # a long blank inside a line that could be a "posted on" byline
    "blank.txt": "Blank\nAuthor" + " " * 30_000 + "nothing\nOpenAI released GPT-5.\n",
    # JSON and JSON Lines nested 100,000 deep
    "deep.json": "[" * 100_000 + "]" * 100_000,
    "deep.jsonl": json.dumps({"title": "ok", "text": "Meta released Llama 4."}) + '\n{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
}
EXPECT = {"alias.md": "aliases", "deep.json": "nested too deeply", "deep.jsonl": "Article"}

CHILD = """
import sys
from newsgraph.loaders.readers import read_items
from newsgraph.schema import InputError
try:
    found = read_items(sys.argv[1])
except InputError as exc:
    found = [exc]
for item in found:
    print(type(item).__name__, getattr(item, "reason", ""))
"""


def _limits():
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 5))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_a_bomb_is_read_or_reported_within_bounds(tmp_path, name):
    path = tmp_path / name
    path.write_text(BOMBS[name], encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                          preexec_fn=_limits, timeout=600)
    assert done.returncode == 0, f"killed or failed (exit {done.returncode}): {done.stderr[-500:]}"
    assert done.stdout.split()[0] in ("Article", "InputError")
    assert EXPECT.get(name, "") in done.stdout, done.stdout
