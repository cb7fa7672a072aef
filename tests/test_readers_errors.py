"""Bad input becomes an InputError naming the file (or record) and why."""
import json

import pytest

from newsgraph.loaders.readers import read_file, read_items, read_paths
from newsgraph.schema.errors import InputError, NewsgraphError
from newsgraph.schema.models import Article


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n ", "empty file (whitespace only)"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
    ("ctrl.txt", bytes(range(1, 9)) * 4, "binary file (control characters)"),
    ("broken.json", b'{"title": "x",\n "text": "y",\n oops}', "malformed JSON at line 3"),
    ("title_only.txt", "只有標題\n\n".encode("utf-8"), "no article text found"),
    ("chrome_only.md", b"# T\n\n[Home](/) [Login](/login)\n\n\xc2\xa9 2025 Example. All rights reserved.\n",
     "no article text found"),
    ("bad_yaml.md", b"---\ntitle: [unclosed\n---\nBody text.\n", "malformed YAML front matter"),
    ("bad_date.md", b"---\ntitle: T\ndate: 2025-13-45\n---\nBody text.\n",
     "malformed YAML front matter at line 3: '2025-13-45' is not a date (month must be in 1..12)"),
    ("empty_list.json", b"[]", "no article records found"),
    ("no_items.xml", b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title></channel></rss>",
     "feed has no items"),
])
def test_bad_file_raises_input_error_naming_it(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_file(path)
    assert info.value.path == str(path)
    assert info.value.reason.startswith(reason)
    assert str(path) in str(info.value)
    assert isinstance(info.value, NewsgraphError)


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match="no such file or directory") as info:
        read_file(missing)
    assert info.value.path == str(missing)


def test_directory_is_not_a_file(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_file(tmp_path)


def test_json_record_without_text_names_the_index(tmp_path):
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([{"title": "ok", "text": "Intel launched Gaudi 3."}, {"title": "no text"}, 7]))
    good, missing, scalar = read_items(path)
    assert isinstance(good, Article)
    assert missing.path == f"{path}[1]" and "no text" in missing.reason
    assert scalar.path == f"{path}[2]" and "not an object" in scalar.reason
    assert [a.title for a in read_file(path)] == ["ok"]  # lenient: good records kept
    with pytest.raises(InputError, match=r"2 bad records"):
        read_file(path, strict=True)


def test_jsonl_bad_line_names_the_line(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_text('{"title": "a", "text": "IBM released Granite 3."}\n{broken\n\n{"title": "c"}\n')
    good, broken, empty = read_items(path)
    assert good.title == "a"
    assert broken.path == f"{path}:2" and broken.reason.startswith("malformed JSON")
    assert empty.path == f"{path}:4"


def test_all_records_bad_raises(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_text('{"title": "a"}\n{"title": "b"}\n')
    with pytest.raises(InputError):
        read_file(path)


def test_batch_goes_on_past_bad_files(tmp_path):
    (tmp_path / "a_good.txt").write_text("Good one\nOpenAI released o3-mini in January.\n", encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "d_records.jsonl").write_text('{"title": "r1", "text": "Nvidia launched Blackwell."}\n{oops\n')
    (tmp_path / "e_good.md").write_text("# Good two\n\nDeepSeek released V3.1 in August.\n", encoding="utf-8")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    articles = [i.title for i in items if isinstance(i, Article)]
    errors = sorted(i.path.rsplit("/", 1)[-1] for i in items if isinstance(i, InputError))
    assert articles == ["Good one", "r1", "Good two"]
    assert errors == ["b_empty.txt", "c_binary.bin", "d_records.jsonl:2", "missing.txt"]
