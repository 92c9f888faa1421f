"""news-analysis: readability, quotation and source profiles of news articles.

The public API is listed in ``__all__``; everything else is internal. The
readability function is reached as ``analysis.readability.readability``: exporting
it here under the same name would hide the ``analysis.readability`` module.
"""

from analysis.errors import (
    AnalysisError,
    ArticleLoadError,
    DuplicateIdError,
    ParameterError,
    ProfileError,
    ReportError,
)
from analysis.execute import run_report
from analysis.load import Corpus, iter_articles, load_article, load_corpus, raw_text
from analysis.profiling import ArticleProfile, CorpusProfile, profile_article, profile_corpus
from analysis.quotes import Quote, QuoteAnalysis, analyze_quotes, extract_quotes
from analysis.readability import Readability, paragraph_readability
from analysis.schema import Article, SourceRef
from analysis.sources import QuoteMeasures, Source, quote_measures, summarize_sources

__version__ = "0.1.0"

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
