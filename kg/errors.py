"""One small tree of errors; every message names the file, the reason and what to do."""

from pathlib import Path


class QgkgError(Exception):
    """Base class of every error qgkg raises on purpose."""


class DocumentError(QgkgError):
    """A document could not be read or processed; the build skips it and goes on."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = " ".join(reason.split())  # one line in report.json and on stderr
        super().__init__(f"{path}: {self.reason}")


class QueryError(QgkgError):
    """A SPARQL query could not be parsed or run."""


class UsageError(QgkgError):
    """The command line asked for something impossible (missing input, bad option)."""
