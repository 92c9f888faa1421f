"""The one exception hierarchy of the package.

Every error a user can cause derives from :class:`AnalysisError`, so a caller
can catch one class. Messages name the file (and line or record) and say what
to do, because the CLI prints them as they are, without a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

__all__ = [
    "AnalysisError",
    "ArticleLoadError",
    "ParameterError",
    "ProfileError",
    "ReportError",
]


class AnalysisError(Exception):
    """Root of every error raised on purpose by ``analysis``."""


class ArticleLoadError(AnalysisError):
    """An input file or record could not be turned into an :class:`~analysis.schema.Article`.

    Attributes:
        path: the file that failed (as given by the user, or as found in a directory).
        problem: what is wrong, in words a user can act on.
        record: 1-based line or record number inside the file, or None for the whole file.
    """

    def __init__(self, path: str | Path, problem: str, *, record: int | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.record = record
        where = self.path if record is None else f"{self.path}, record {record}"
        super().__init__(f"{where}: {problem}")

    def __reduce__(self) -> tuple[Callable[..., ArticleLoadError], tuple[str, str, int | None]]:
        """Return how pickle rebuilds the error (it travels to and from worker processes)."""
        # Exception's default pickles only ``args`` (the message), which
        # __init__ cannot take back.
        return _rebuild_load_error, (self.path, self.problem, self.record)


def _rebuild_load_error(path: str, problem: str, record: int | None) -> ArticleLoadError:
    """Return the ArticleLoadError that was pickled (see ArticleLoadError.__reduce__)."""
    return ArticleLoadError(path, problem, record=record)


class ProfileError(AnalysisError):
    """An article loaded but could not be profiled (readability, quotes or sources failed)."""


class ParameterError(AnalysisError):
    """A parameter given to a report or a command is unknown or of the wrong type."""


class ReportError(AnalysisError):
    """A report notebook failed to execute or to export."""
