"""Plug-ins: an extractor from an installed distribution is usable from the CLI by name.

The fixture in ``tests/fixtures/plugin`` is a real distribution with a ``newsgraph.extractors``
entry point; the test installs it with pip into a folder and runs the ``newsgraph`` command
with that folder on its path, as a user who ran ``pip install`` would.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "plugin"


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory):
    source = tmp_path_factory.mktemp("src") / "plugin"
    shutil.copytree(FIXTURE, source)  # pip builds in the source folder: keep the repository clean
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "--target", str(target), str(source)], check=True)
    return target


def newsgraph(plugin_path, *args, cwd):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(plugin_path), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", "from newsgraph.graph.cli import main; main()", *args],
                          cwd=cwd, env=env, capture_output=True, text=True)


def test_plugins_an_installed_extractor_builds_by_name(plugin_path, tmp_path):
    (tmp_path / "a.txt").write_text("Tiny test\nalpha-1 > beta-2\nnot a fact\n", encoding="utf-8")
    done = newsgraph(plugin_path, "build", "a.txt", "-o", "g.json", "--no-db", "--extractor", "tiny", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    graph = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    edges = [(e["source"], e["type"], e["target"], e["evidence"][0]["rule"]) for e in graph["edges"]]
    assert edges == [("alpha-1", "OUTPERFORMS", "beta-2", "tiny.gt")]


def test_plugins_an_unknown_extractor_lists_the_installed_ones(plugin_path, tmp_path):
    (tmp_path / "a.txt").write_text("Tiny test\nalpha-1 > beta-2\n", encoding="utf-8")
    done = newsgraph(plugin_path, "build", "a.txt", "--no-db", "--extractor", "tinny", cwd=tmp_path)
    assert done.returncode == 1
    assert "unknown extractor 'tinny'; available: llm, rules, rules+llm, tiny" in done.stderr
    assert "Traceback" not in done.stderr
