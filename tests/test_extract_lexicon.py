"""Cue words as data: the lexicon files, the one helper that compiles them, and a language added as data only."""
import ast
import re
from pathlib import Path

import pytest

from newsgraph.loaders.extract import RuleExtractor
from newsgraph.loaders.extract.cues import ArticleCues, CueIndex
from newsgraph.loaders.extract.lexicon import LANGUAGES, Lexicon, LexiconError, group_span
from newsgraph.loaders.readers import read_paths
from newsgraph.schema import Article

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "loaders" / "lang"


def facts(extractor, text):
    found = extractor.extract(Article(id="a", title="t", text=text))
    return {(e.type.value, e.source, e.target, ev.rule) for e in found.edges
            if e.type.value not in ("MENTIONS", "PUBLISHED") for ev in e.evidence}


def test_lexicon_every_registered_language_has_files_and_every_list_compiles():
    lex = Lexicon.default()
    assert lex.codes == LANGUAGES
    for code in LANGUAGES:
        assert (LANG / code / "language.yaml").is_file() and len(list((LANG / code).glob("*.yaml"))) > 5
    for name in lex.names():
        if not any(wl.table for wl in lex.lists(name)):
            lex.pattern("{" + name + "}")  # every list compiles on its own


@pytest.mark.parametrize("template, text, matches", [
    # 称 is speech, but not in 名称 ("name") nor in 称为 ("is called")
    ("{speech.cites}", "openai称，价格下降", ["称"]),
    ("{speech.cites}", "它的名称是x，也被称为y", []),
    # 开源 is a release only before a name, 其 or 新
    ("{release.verbs}", "开源模型很多", []),
    ("{release.verbs}", "阿里巴巴开源qwen3", ["开源"]),
    # "wrote off" is accounting; "beaten by" is the passive rule's
    ("{speech.cites}", "nvidia wrote off the chips", []),
    ("{comparison.win}", "qwen3 beat gpt-oss", ["beat"]),
    ("{comparison.win}", "qwen3 was beat by gpt-oss", []),
    # 据 is "according to", not in 数据
    ("{citation.according_to}", "数据显示", []),
    ("{citation.according_to}", "据路透社报道", ["据"]),
    # a sequence with an optional first word
    ("{citation.according_to}", "prices fell, a report by reuters showed", ["a report by"]),
    ("{worry.raises}", "it puts fresh pressure on nvidia", ["puts fresh pressure on"]),
])
def test_lexicon_words_and_their_exceptions(template, text, matches):
    assert [m.group() for m in Lexicon.default().pattern(template).finditer(text)] == matches


def test_lexicon_named_slots_of_every_language_are_found_whichever_alternative_matched():
    pattern = Lexicon.default().pattern("{worry.sees_as_threat}")
    for text, party in (("英伟达视deepseek为威胁", "deepseek"), ("英伟达将deepseek视为劲敌", "deepseek")):
        assert text[slice(*group_span(pattern.search(text), "party"))] == party


def _write(root: Path, code: str, files: dict[str, str]) -> Path:
    folder = root / code
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("text, message", [
    ("cites:\n  - word: x\n    not_before: [y]\n", "needs a 'why'"),
    ("cites:\n  - word: x\n    nto_before: [y]\n    why: z\n", "unknown keys ['nto_before']"),
    ("cites:\n  boundary: sideways\n  entries: [x]\n", "unknown boundary 'sideways'"),
    ("cites: [on]\n", "read as a yes/no value"),
    ("cites:\n  - pattern: 'x{nowhere.list}'\n    why: z\n", "refers to nowhere.list"),
    ("cites:\n  - pattern: 'x(('\n    why: z\n", "not a valid pattern"),
    ("cites:\n  - word: x\n    not_after: ['<spaces>a']\n    why: z\n", "fixed width"),
    ("- x\n", "a mapping of list names"),
    ("cites: [x\nloss: y: z\n", "cannot read lexicon"),                     # YAML's own error, on one line
    ("cites: [x]\nloss: [y]\ncites: [z]\n", "'cites' is given twice (lines 1 and 3)"),
    ("cites:\n  - seq: [x, y]\n    why: a\n    why: b\n", "'why' is given twice (lines 3 and 4)"),
])
def test_lexicon_bad_files_are_one_line_errors_naming_file_and_list(tmp_path, text, message):
    _write(tmp_path, "xx", {"speech.yaml": text})
    with pytest.raises(LexiconError) as err:
        Lexicon.load(("xx",), roots=[tmp_path])
    assert message in str(err.value) and "speech.yaml" in str(err.value) and "\n" not in str(err.value)


def test_lexicon_unknown_language_lists_where_it_looked(tmp_path):
    with pytest.raises(LexiconError, match="no lexicon for language 'qq'"):
        Lexicon.load(("qq",), roots=[tmp_path])


def test_lexicon_a_new_language_is_data_only(tmp_path):
    """A made-up language "xx": its lexicon files, given to the extractor, and its cues work — no code."""
    _write(tmp_path, "xx", {
        "language.yaml": 'joiner: " "\n',
        "speech.yaml": "cites: [blorps]\n",
        "comparison.yaml": "win: [outzorbs]\nloss:\n  - seq: [[trundles], behind]\n",
    })
    plain, extended = RuleExtractor(), RuleExtractor(languages=[*LANGUAGES, "xx"], lexicons=[tmp_path])
    for text, fact in [("Reuters blorps that prices fell.", ("CITES", "a", "reuters", "cites.says")),
                       ("Qwen3 outzorbs gpt-oss.", ("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.cue")),
                       ("gpt-oss trundles behind Qwen3.", ("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.reversed"))]:
        assert fact not in facts(plain, text)
        assert fact in facts(extended, text)
    # the bundled languages still work alongside it
    assert ("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.cue") in facts(extended, "Qwen3擊敗了gpt-oss。")


def test_lexicon_a_root_may_replace_a_bundled_language(tmp_path):
    _write(tmp_path, "en", {"comparison.yaml": "win: [outzorbs]\n"})
    replaced = RuleExtractor(lexicons=[tmp_path])
    assert not facts(replaced, "Qwen3 beats gpt-oss.")
    assert ("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.cue") in facts(replaced, "Qwen3 outzorbs gpt-oss.")


class _ScanEverything(CueIndex):
    """Every trigger present in every sentence and tried at every position: what the index saves."""

    def scan(self, folded, spans):
        return ArticleCues({}, {}, frozenset(range(len(self.templates))))


def test_lexicon_the_cue_index_finds_exactly_what_a_full_scan_finds(extractor):
    full = RuleExtractor()
    full.cue_index = _ScanEverything(full.lexicon, full.rules)
    articles = [a for a in read_paths([ROOT / "examples"]) if isinstance(a, Article)]
    tests = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_extract_*.py"))
    articles += [Article(id=f"t{i}", title="t", text=t) for i, t in enumerate(re.findall(r'"([^"\n]{8,300})"', tests))]
    assert len(articles) > 100
    for article in articles:
        assert extractor.extract(article) == full.extract(article), article.id


def _template_strings(path: Path) -> list[str]:
    """The string constants of a module, less its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and id(n) not in docs]


def test_lexicon_every_list_the_code_names_exists():
    """A misspelt ``{file.list}`` in the rule code would silently match nothing: each must exist."""
    names = set(Lexicon.default().names())
    used = {ref for path in (ROOT / "loaders" / "extract").glob("*.py") if path.name != "lexicon.py"
            for text in _template_strings(path)
            for ref in re.findall(r"\{([a-z_]+\.[a-z_]+)(?::chars)?\}", text)}
    assert len(used) > 40 and used <= names, sorted(used - names)


def test_lexicon_files_are_package_data():
    """pyproject's package data takes lang/<code>/<file>.yaml: every lexicon file sits at that depth."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"lang/*/*.yaml"' in pyproject
    files = list(LANG.rglob("*.yaml"))
    assert files and all(len(p.relative_to(LANG).parts) == 2 for p in files)


def test_lexicon_an_extractor_travels_to_worker_processes(extractor):
    """A process pool pickles the extractor: lexicon, compiled regexes and cue index go with it."""
    import pickle

    article = Article(id="a", title="t", text="阿里巴巴發佈了Qwen3。Qwen3 beats gpt-oss, according to Reuters.")
    copy = pickle.loads(pickle.dumps(extractor))
    assert copy.extract(article) == extractor.extract(article) and copy.lexicon.codes == LANGUAGES
