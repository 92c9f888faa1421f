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
from analysis.load import Corpus, iter_articles, load_article, load_corpus, raw_text
from analysis.schema import Article, SourceRef

__version__ = "0.1.0"

__all__ = [
    "AnalysisError",
    "Article",
    "ArticleLoadError",
    "Corpus",
    "ParameterError",
    "ProfileError",
    "ReportError",
    "SourceRef",
    "__version__",
    "iter_articles",
    "load_article",
    "load_corpus",
    "raw_text",
]
