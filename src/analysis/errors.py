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
    "DuplicateIdError",
    "ParameterError",
    "ProfileError",
    "ReportError",
    "duplicate_id_error",
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

    def __reduce__(
        self,
    ) -> tuple[Callable[..., ArticleLoadError], tuple[type, str, str, int | None]]:
        """Return how pickle rebuilds the error (it travels to and from worker processes)."""
        # Exception's default pickles only ``args`` (the message), which
        # __init__ cannot take back. The class travels too, for subclasses.
        return _rebuild_load_error, (type(self), self.path, self.problem, self.record)


def _rebuild_load_error(
    cls: type[ArticleLoadError], path: str, problem: str, record: int | None
) -> ArticleLoadError:
    """Return the ArticleLoadError (or subclass) that was pickled (see its ``__reduce__``)."""
    return cls(path, problem, record=record)


class DuplicateIdError(ArticleLoadError):
    """An article's id is already used by an earlier article of the same corpus run.

    Ids join the articles, quotes and sources tables, so a second article
    with the same id would mix its rows with the first one's. The first one
    (in corpus order) is profiled; each later one becomes an error row.
    """


def duplicate_id_error(
    article_id: str, path: str | None, record: int | None, first: tuple[str | None, int | None]
) -> DuplicateIdError:
    """Return the error for an article whose id ``article_id`` was first used at ``first``.

    ``first`` is the (path, record) of the earlier article with that id.
    """
    first_path, first_record = first
    where = first_path or "an earlier article"
    if first_record is not None:
        where = f"{where}, record {first_record}"
    return DuplicateIdError(
        path or "<articles>",
        f"article id {article_id!r} is already used by {where}; ids must be unique in a "
        "corpus: fix the id column, or rename one of two files that differ only by suffix",
        record=record,
    )


class ProfileError(AnalysisError):
    """An article loaded but could not be profiled (readability, quotes or sources failed)."""


class ParameterError(AnalysisError):
    """A parameter given to a report or a command is unknown or of the wrong type."""


class ReportError(AnalysisError):
    """A report notebook failed to execute or to export."""
