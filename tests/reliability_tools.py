"""Helpers for the reliability suite: the CLI in a child process, without root's permission
bypass, or with a file-size limit (a disk that fills up), so OS errors are real ones."""
from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-c", "from newsgraph.graph.cli import main; main()"]
_DROP = "-dac_override,-dac_read_search,-fowner"  # what lets root read, search and write anything


def article(title: str, body: str) -> str:
    """A small plain-text article of our own."""
    return f"{title}\n{body}\n"


GOOD = article("Alibaba unveils Qwen3", "Alibaba released Qwen3 on Tuesday. Qwen3 beats gpt-oss on math, according to Reuters.")
OTHER = article("Google ships Gemma", "Google released Gemma 3 this week. Gemma 3 outperforms Llama 4 on coding.")


def unprivileged() -> list[str]:
    """A command prefix under which file permissions apply (root's override dropped), or skip."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions cannot be made to apply")
    return [setpriv, f"--inh-caps={_DROP}", f"--bounding-set={_DROP}"]


def run_cli(*args: str, cwd: Path | None = None, prefix: list[str] | None = None, fsize: int | None = None,
            timeout: float = 120, input: str | None = None) -> subprocess.CompletedProcess:  # noqa: A002
    """``newsgraph ARGS`` in a child process; ``fsize`` caps the size of any file it writes (EFBIG past it)."""

    def limit():
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "COLUMNS": "200"}
    return subprocess.run([*(prefix or []), *CLI, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, preexec_fn=limit, env=env, input=input)


def one_line_error(result) -> str:
    """The error output, checked to be one line starting with ``Error:`` and free of tracebacks."""
    err = result.stderr if isinstance(result, subprocess.CompletedProcess) else result.output
    lines = [line for line in err.splitlines() if line.startswith("Error")]
    assert "Traceback" not in err, err
    assert len(lines) == 1, err
    return lines[0]
