"""news-analysis: readability, quotation and source profiles of news articles.

The public API is listed in ``__all__``; everything else is internal.
"""

from analysis.errors import (
    AnalysisError,
    ArticleLoadError,
    ParameterError,
    ProfileError,
    ReportError,
)
from analysis.schema import Article, SourceRef

__version__ = "0.1.0"

__all__ = [
    "AnalysisError",
    "Article",
    "ArticleLoadError",
    "ParameterError",
    "ProfileError",
    "ReportError",
    "SourceRef",
    "__version__",
]
