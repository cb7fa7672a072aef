"""Run a database write in a child process, so that an engine that aborts the process (LadybugDB
does on a full disk: ``terminate called after throwing … IOException``) costs the child, not the
command: the caller gets an error saying what happened and can repair the database.

On Linux the child is forked (no re-import, nothing to pickle) and dies with its parent
(``PR_SET_PDEATHSIG``), so killing the command kills the write too, as a crash would.
"""
from __future__ import annotations

import ctypes
import faulthandler
import multiprocessing
import os
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable
from typing import Any


class ChildDied(Exception):
    """The child ended without an answer: ``exitcode`` (negative: killed by that signal), the end of its stderr."""

    def __init__(self, exitcode: int | None, stderr: str) -> None:
        self.exitcode, self.stderr = exitcode, stderr
        how = f"signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"exit code {exitcode}"
        super().__init__(f"the database process ended with {how}" + (f": {stderr}" if stderr else ""))


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)


def _child(conn, errfile: str, parent: int, func: Callable, args: tuple) -> None:
    _die_with_parent(parent)
    fd = os.open(errfile, os.O_WRONLY | os.O_APPEND)
    os.dup2(fd, 2)  # the engine's own abort message lands here, for the parent to report
    faulthandler.disable()  # an abort is expected and reported by the parent, not dumped by the child
    try:
        conn.send(("ok", func(*args)))
    except KeyboardInterrupt:
        conn.send(("interrupted", None))
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        try:
            conn.send(("error", (exc, traceback.format_exc())))
        except Exception:  # noqa: BLE001 - an exception that does not pickle goes back as text
            conn.send(("error", (RuntimeError(f"{type(exc).__name__}: {exc}"), traceback.format_exc())))
    finally:
        conn.close()


def run_isolated(func: Callable, *args: Any) -> Any:
    """``func(*args)`` in a child process; its result, or its exception raised here.

    Raises :class:`ChildDied` when the child ends without an answer (aborted, killed), and
    ``KeyboardInterrupt`` when it was interrupted (Ctrl-C reaches both processes).
    """
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    receive, send = ctx.Pipe(duplex=False)
    with tempfile.NamedTemporaryFile(prefix="newsgraph-db-", suffix=".err", delete=False) as err:
        errfile = err.name
    try:
        process = ctx.Process(target=_child, args=(send, errfile, os.getpid(), func, args), daemon=False)
        process.start()
        send.close()
        try:
            answer = receive.recv()
        except EOFError:
            answer = None
        except KeyboardInterrupt:
            process.join(30)
            raise
        process.join()
        with open(errfile, encoding="utf-8", errors="replace") as handle:
            stderr = handle.read()
    finally:
        receive.close()
        os.unlink(errfile)
    if answer is None:
        lines = [line for line in stderr.strip().splitlines() if line.strip()]
        raise ChildDied(process.exitcode, " ".join(lines[-2:])[-300:])
    if stderr.strip():
        sys.stderr.write(stderr)
    status, value = answer
    if status == "interrupted":
        raise KeyboardInterrupt
    if status == "error":
        exc, _ = value
        raise exc
    return value
