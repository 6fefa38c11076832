"""Errors a user can act on. The CLI prints ``str(error)`` on one line and exits non-zero."""


class KgError(Exception):
    """Base class: the message says what went wrong and what to do."""


class InputError(KgError):
    """A document or file that cannot be read (empty, binary, undecodable)."""


class ResourceError(KgError):
    """A broken data file (gazetteer, patterns): the message names the file and line."""


class GraphError(KgError):
    """A graph file or store that cannot be read."""


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (or its type's name), short enough for a one-line error."""
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:300]
