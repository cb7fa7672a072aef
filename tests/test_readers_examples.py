"""The bundled examples/ corpus, and the shared seed articles when they are present."""
import re
from collections import Counter
from pathlib import Path

import pytest

from newsgraph.loaders.readers import InputError, iter_input_paths, read_paths
from newsgraph.loaders.readers.decode import decode, read_bytes
from newsgraph.loaders.readers.sniff import sniff
from newsgraph.loaders.readers import visible_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def corpus():
    return list(read_paths([EXAMPLES]))


def test_examples_read_without_errors(corpus):
    assert [i for i in corpus if isinstance(i, InputError)] == []
    assert 12 <= len(corpus) <= 14


def test_examples_cover_languages(corpus):
    counts = Counter(a.language for a in corpus)
    assert counts["zh-Hant"] >= 4 and counts["zh-Hans"] >= 4 and counts["en"] >= 4


def test_examples_cover_formats_and_encodings():
    files = iter_input_paths([EXAMPLES])
    assert "README.md" not in [f.name for f in files]  # documentation is not news
    formats = Counter(sniff(decode(read_bytes(f), f)) for f in files)
    assert set(formats) == {"text", "markdown", "html", "json", "jsonl", "feed"}
    raw = {f.name: read_bytes(f) for f in files}
    assert any(b"\xa1" in r and not _utf8(r) and _decodes(r, "gb18030") and "gb18030" in n for n, r in raw.items())
    assert any(not _utf8(r) and _decodes(r, "big5") and "big5" in n for n, r in raw.items())


def _utf8(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _decodes(data, enc):
    try:
        data.decode(enc)
        return True
    except UnicodeDecodeError:
        return False


def test_examples_have_metadata_and_reasonable_length(corpus):
    for art in corpus:
        assert art.title and art.publisher and art.published, art.path
        size = len(visible_text(art.text).split()) if art.language == "en" else len(re.sub(r"\s", "", visible_text(art.text)))
        assert (60 <= size <= 200) if art.language == "en" else (150 <= size <= 400), (art.path, size)


def test_script_title_example_is_kept_verbatim(corpus):
    titles = [a.title for a in corpus if "<script>alert(1)</script>" in a.title]
    assert len(titles) == 1


SEED_CHROME = ["苹果", "Apple", "Linux", "PHP", "MySQL", "Apache", "新浪微博", "至顶网", "卡尔·波普尔",
               "Karl Popper", "京ICP证161336号", "北京市公安局海淀分局"]


@pytest.mark.skipif(not list(SEEDS.glob("004_*.txt")), reason="shared seeds not present")
def test_seed_004_chrome_stripped():
    [art] = [a for a in read_paths(SEEDS.glob("004_*.txt"))]
    assert [c for c in SEED_CHROME if c in visible_text(art.text)] == []
    assert visible_text(art.text).startswith("全世界最先进的")
    assert any("wsj.com" in link for link in art.links) and "www.wsj.com" in visible_text(art.text)
    assert art.published is not None and art.publisher and art.author and art.language == "zh-Hans"


@pytest.mark.skipif(not list(SEEDS.glob("000_*.txt")), reason="shared seeds not present")
def test_seed_000_title_and_byline():
    [path] = SEEDS.glob("000_*.txt")
    [art] = list(read_paths([path]))
    first_line = decode(read_bytes(path), path).split("\n", 1)[0].strip()
    assert art.title == first_line
    assert art.publisher == "觀察者網" and art.language == "zh-Hant"
    assert "【文/" not in visible_text(art.text) and "轉載" not in visible_text(art.text)
