"""news-analysis: readability, quotation and source profiles of news articles.

The public API is listed in ``__all__``; everything else is internal. The
readability function is reached as ``analysis.readability.readability``: exporting
it here under the same name would hide the ``analysis.readability`` module.

The names below the errors are imported when first used (PEP 562), so that
``import analysis.quotes`` does not also import pandas and the report
machinery: a worker process of a parallel profile starts in a third of the
time, and so does a script that only extracts quotes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from analysis.errors import (
    AnalysisError,
    ArticleLoadError,
    DuplicateIdError,
    ParameterError,
    ProfileError,
    ReportError,
)

if TYPE_CHECKING:  # what the lazy names below are, for type checkers and IDEs
    from analysis.article_profile import ArticleProfile, profile_article
    from analysis.execute import run_report
    from analysis.load import Corpus, iter_articles, load_article, load_corpus, raw_text
    from analysis.profiling import CorpusProfile, profile_corpus
    from analysis.quotes import Quote, QuoteAnalysis, analyze_quotes, extract_quotes
    from analysis.readability import Readability, paragraph_readability
    from analysis.schema import Article, SourceRef
    from analysis.sources import QuoteMeasures, Source, quote_measures, summarize_sources

__version__ = "0.1.0"

# Public name -> the module that defines it.
_LAZY = {
    "ArticleProfile": "analysis.article_profile",
    "profile_article": "analysis.article_profile",
    "run_report": "analysis.execute",
    "Corpus": "analysis.load",
    "iter_articles": "analysis.load",
    "load_article": "analysis.load",
    "load_corpus": "analysis.load",
    "raw_text": "analysis.load",
    "CorpusProfile": "analysis.profiling",
    "profile_corpus": "analysis.profiling",
    "Quote": "analysis.quotes",
    "QuoteAnalysis": "analysis.quotes",
    "analyze_quotes": "analysis.quotes",
    "extract_quotes": "analysis.quotes",
    "Readability": "analysis.readability",
    "paragraph_readability": "analysis.readability",
    "Article": "analysis.schema",
    "SourceRef": "analysis.schema",
    "QuoteMeasures": "analysis.sources",
    "Source": "analysis.sources",
    "quote_measures": "analysis.sources",
    "summarize_sources": "analysis.sources",
}

__all__ = [
    "AnalysisError",
    "Article",
    "ArticleLoadError",
    "ArticleProfile",
    "Corpus",
    "CorpusProfile",
    "DuplicateIdError",
    "ParameterError",
    "ProfileError",
    "Quote",
    "QuoteAnalysis",
    "QuoteMeasures",
    "Readability",
    "ReportError",
    "Source",
    "SourceRef",
    "__version__",
    "analyze_quotes",
    "extract_quotes",
    "iter_articles",
    "load_article",
    "load_corpus",
    "paragraph_readability",
    "profile_article",
    "profile_corpus",
    "quote_measures",
    "raw_text",
    "run_report",
    "summarize_sources",
]


def __getattr__(name: str) -> Any:
    """Return the public name ``name``, importing its module on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    """Return the module's names, the not yet imported public ones included."""
    return sorted(set(globals()) | set(__all__))
