"""The layers: imports point down (schema ← loaders ← graph ← cli), and nothing loads before it is needed."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("ladybug", "neo4j", "pyvis", "networkx", "pydantic", "trafilatura", "ahocorasick", "rapidfuzz", "yaml", "opencc",
         "openai")


def loaded_after(code: str) -> set[str]:
    """Top-level modules imported by running ``code`` in a fresh interpreter."""
    probe = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_layers_the_graph_core_loads_no_extraction_module():
    loaded = loaded_after("from newsgraph.graph import KnowledgeGraph")
    assert not [m for m in loaded if m.startswith("newsgraph.loaders")]
    assert not {"ahocorasick", "rapidfuzz", "yaml", "ladybug", "neo4j", "pyvis"} & loaded


@pytest.mark.parametrize("argv", [["--help"], ["build", "--help"], ["query", "--help"], ["export", "--help"],
                                  ["db", "info", "--help"], ["neighbors", "--help"], ["--version"]])
def test_layers_cli_help_loads_no_driver_no_pydantic(argv):
    code = f"from newsgraph.graph.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass"
    loaded = loaded_after(code)
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}


def _imports(path: Path) -> list[str]:
    """Absolute names of the newsgraph modules ``path`` imports."""
    package = "newsgraph." + ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.append(".".join([*base, node.module] if node.module else base))
            elif node.module and node.module.startswith("newsgraph"):
                found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("newsgraph")]
    return found


LAYER = {"schema": 0, "loaders": 1, "graph": 2}


@pytest.mark.parametrize("path", sorted(p for top in LAYER for p in (ROOT / top).rglob("*.py")), ids=str)
def test_layers_imports_point_down(path):
    mine = LAYER[path.relative_to(ROOT).parts[0]]
    for name in _imports(path):
        layer = name.split(".")[1] if name.count(".") else None
        assert LAYER.get(layer, -1) <= mine, f"{path.relative_to(ROOT)} imports {name} from a higher layer"
