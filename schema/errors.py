"""The one exception family every newsgraph library error belongs to."""


class NewsgraphError(Exception):
    """Base class of all errors raised by the newsgraph library."""


class SchemaError(NewsgraphError, ValueError):
    """A node or edge does not fit the vocabulary (unknown type, bad endpoint pair)."""


class InputError(NewsgraphError):
    """An input file could not be read as an article; the message names the file."""

    def __init__(self, path: str, reason: str):
        from .identity import printable_path

        path = printable_path(str(path))  # a file name that is not UTF-8 can still be printed and cached
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):  # pickled by its arguments: worker processes send skipped inputs back
        return type(self), (self.path, self.reason)


class UsageError(NewsgraphError):
    """The call asks for something contradictory (an output naming an input, two outputs naming one
    file, a query parameter left unbound); the command line exits with code 2."""


class OutputError(NewsgraphError):
    """An output (file, folder) could not be written; the message names the path and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class LookupFailed(NewsgraphError, KeyError):
    """A name that matches no node in the graph."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""
