"""Build progress: a bar over the input files with rate and ETA on a terminal, one line and the skips otherwise."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsgraph.graph.cli import main
from newsgraph.graph.cli.progress import BuildProgress
from newsgraph.graph.pipeline import build_graph


def _corpus(root: Path) -> Path:
    (root / "a.txt").write_text("One\nAlibaba released Qwen3.\n", encoding="utf-8")
    (root / "b.jsonl").write_text('{"title": "Two", "text": "OpenAI released gpt-oss."}\n'
                                  '{"title": "Three", "text": "Qwen3 beats gpt-oss."}\n{"title": 4}\n', encoding="utf-8")
    (root / "c.json").write_text("{broken", encoding="utf-8")
    return root


def test_progress_bar_counts_input_files_with_rate_and_eta(tmp_path, capsys):
    progress = BuildProgress(bar=True)
    build_graph([_corpus(tmp_path)], progress=progress, workers=1)
    assert progress.bar.n == progress.bar.total == 3  # three files, whatever their articles
    progress.close()
    err = capsys.readouterr().err
    assert "3/3" in err and "file/s" in err and "skip " in err


def test_progress_without_a_terminal_prints_one_line_then_only_the_skips(tmp_path, capsys):
    progress = BuildProgress(bar=False)
    build_graph([_corpus(tmp_path)], progress=progress, workers=1)
    first, *lines = capsys.readouterr().err.splitlines()
    assert first == "reading 3 input files…"
    assert lines and all(line.startswith("skip ") for line in lines)
    assert progress.bar is None


def test_progress_quiet_flag_and_no_terminal(tmp_path):
    corpus = _corpus(tmp_path / "in") if (tmp_path / "in").mkdir() is None else None
    loud = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "g.json"), "--no-db"])
    quiet = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "g.json"), "--no-db", "-q"])
    assert loud.exit_code == quiet.exit_code == 0
    assert "skip " in loud.output and "skip " not in quiet.output and "%|" not in loud.output
    assert "articles read: 3, skipped: 2" in quiet.output


def test_progress_dask_refuses_an_extractor_that_batches_itself(tmp_path):
    result = CliRunner().invoke(main, ["build", str(_corpus(tmp_path)), "--no-db", "--dask", "local",
                                       "--extractor", "llm", "--llm-model", "m", "--llm-base-url", "http://127.0.0.1:9/v1"])
    assert result.exit_code != 0 and "--dask runs extractors that take one article at a time" in result.output
    assert "Traceback" not in result.output
