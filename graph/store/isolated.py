"""Run a database write in a child process, so that an engine that aborts the process (LadybugDB
does on a full disk: ``terminate called after throwing … IOException``) costs the child, not the
command: the caller gets an error saying what happened and can repair the database.

On Linux the child is forked (no re-import, nothing to pickle) and dies with its parent
(``PR_SET_PDEATHSIG``), so killing the command kills the write too, as a crash would. A caller
whose process is large and whose write needs nothing of it asks for ``method="spawn"``: a fresh
interpreter, which holds (and is charged with) none of the parent's memory.
"""
from __future__ import annotations

import ctypes
import faulthandler
import multiprocessing
import os
import pickle
import signal
import subprocess
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


def run_isolated(func: Callable, *args: Any, method: str = "fork") -> Any:
    """``func(*args)`` in a child process; its result, or its exception raised here.

    ``method``: how the child starts, ``fork`` (where there is one; else ``spawn``) or ``spawn``
    (``func`` and ``args`` then travel by pickle). Raises :class:`ChildDied` when the child ends
    without an answer (aborted, killed), and ``KeyboardInterrupt`` when it was interrupted (Ctrl-C
    reaches both processes).
    """
    fresh = method == "spawn" and os.name == "posix"
    if method not in multiprocessing.get_all_start_methods():
        method = "spawn"
    ctx = multiprocessing.get_context(method)
    receive, send = ctx.Pipe(duplex=False)
    with tempfile.NamedTemporaryFile(prefix="newsgraph-db-", suffix=".err", delete=False) as err:
        errfile = err.name
    try:
        process = (_Fresh if fresh else ctx.Process)(target=_child, args=(send, errfile, os.getpid(), func, args))
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


class _Fresh:
    """A child process that is a fresh interpreter (``python -c``) running ``target(*args)``, with the
    interface of :class:`multiprocessing.Process` used above. Unlike multiprocessing's own spawn, it
    does not import the caller's main script again (a script without ``if __name__ == "__main__"``
    would run twice). ``args[0]``, the pipe's sending end, is handed over by file descriptor; the rest
    by pickle on its standard input, after the caller's ``sys.path``."""

    def __init__(self, target: Callable, args: tuple) -> None:
        self._target, (self._conn, *self._rest) = target, args
        self._popen: subprocess.Popen | None = None

    def start(self) -> None:
        fd = self._conn.fileno()
        code = f"from {__name__} import _fresh_main; _fresh_main()"
        self._popen = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, pass_fds=(fd,))
        with self._popen.stdin as stdin:
            pickle.dump(list(sys.path), stdin)
            pickle.dump((self._target, fd, self._rest), stdin)

    def join(self, timeout: float | None = None) -> None:
        try:
            self._popen.wait(timeout)
        except subprocess.TimeoutExpired:
            pass

    @property
    def exitcode(self) -> int | None:
        return self._popen.returncode if self._popen is not None else None


def _fresh_main() -> None:
    """The fresh interpreter's side of :class:`_Fresh`."""
    from multiprocessing.connection import Connection

    stdin = sys.stdin.buffer
    sys.path[:] = pickle.load(stdin)
    target, fd, rest = pickle.load(stdin)
    target(Connection(fd, readable=False), *rest)
