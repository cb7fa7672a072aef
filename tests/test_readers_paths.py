"""Files, directories and glob patterns → one sorted, de-duplicated list of files."""
from pathlib import Path

import pytest

from newsgraph.loaders.readers import iter_input_paths
from newsgraph.schema.errors import InputError


@pytest.fixture()
def tree(tmp_path):
    for rel in ["b.txt", "a.md", "sub/c.json", "sub/deep/d.xml", ".hidden.txt", ".git/config",
                "sub/.cache/e.txt", "README.md"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    return tmp_path


def names(paths, root):
    return [p.relative_to(root).as_posix() for p in paths]


def test_directory_is_walked_recursively_skipping_hidden(tree):
    assert names(iter_input_paths([tree]), tree) == ["a.md", "b.txt", "sub/c.json", "sub/deep/d.xml"]


def test_files_dirs_and_globs_sorted_and_deduplicated(tree):
    found = iter_input_paths([tree / "sub", tree / "b.txt", str(tree / "*.md"), tree / "sub" / ".." / "b.txt",
                              str(tree / "**" / "*.json")])
    assert names(found, tree) == ["README.md", "a.md", "b.txt", "sub/c.json", "sub/deep/d.xml"]


def test_explicit_hidden_file_is_read(tree):
    assert names(iter_input_paths([tree / ".hidden.txt"]), tree) == [".hidden.txt"]


def test_single_path_argument(tree):
    assert iter_input_paths(str(tree / "a.md")) == [Path(tree / "a.md")]


def test_missing_path_raises(tree):
    with pytest.raises(InputError, match="no such file or directory") as info:
        iter_input_paths([tree / "a.md", tree / "missing.txt"])
    assert info.value.path == str(tree / "missing.txt")


def test_glob_matching_nothing_raises(tree):
    with pytest.raises(InputError, match="no files match"):
        iter_input_paths([str(tree / "*.pdf")])


def test_paths_are_kept_as_given(tree, monkeypatch):
    monkeypatch.chdir(tree)
    assert iter_input_paths(["sub"]) == [Path("sub/c.json"), Path("sub/deep/d.xml")]
