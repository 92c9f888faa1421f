# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python (news-analysis)
#     language: python
#     name: news-analysis
# ---

# %% [markdown]
# # Exploring news articles with `analysis`
#
# A guided tour: load the shipped `seeds/`, profile them, look at the tables, and
# reuse the same helpers the reports use in your own analysis. Everything here is a
# call into the `analysis` package; copy any cell into your own notebook.

# %%
from analysis import execute, report
from analysis.load import load_corpus
from analysis.profiling import profile_corpus
from analysis.quotes import analyze_quotes
from analysis.readability import readability

# %% tags=["parameters"]
# Parameters (papermill can set these too).
corpus: str = "seeds/"  # file, folder or glob of articles (relative to cwd or the project)
top_n: int = 5  # rows shown in the example tables

# %% [markdown]
# ## 1. Load articles
#
# `load_corpus` accepts a file, a folder, a glob or a list of them. Each `Article` is
# cleaned text plus metadata; anything the loader repaired is listed in `repairs`, and
# files it could not read are collected in `errors` instead of stopping the run.

# %%
loaded = load_corpus(execute.resolve_input(corpus), errors="collect")
report.table(
    report.articles_overview(loaded.articles).head(top_n),
    caption=f"{len(loaded.articles)} articles, {len(loaded.errors)} load errors",
)

# %% [markdown]
# ## 2. One article: readability and quotations
#
# `readability(article)` returns a frozen dataclass of counts and formulas;
# `analyze_quotes(article)` finds quotations with their speaker, cue and source type.

# %%
first = loaded.articles[0]
scores = readability(first)
report.note(f"{first.title}: grade {scores.grade:.1f}, Flesch {scores.flesch_reading_ease:.1f}")

# %%
found = analyze_quotes(first)
report.highlighted_article(first.text, found.quotes)

# %% [markdown]
# ## 3. The whole corpus as tables
#
# `profile_corpus` returns four pandas DataFrames (`articles`, `quotes`, `sources`,
# `errors`) whose columns are documented in `docs/schema.md`. Use `engine="processes"`
# for large corpora.

# %%
profile = profile_corpus(loaded.articles, progress=False)
report.table(
    profile.articles[["id", "words", "grade", "quotes_per_1k_words"]].head(top_n),
    caption="articles table (a few columns)",
)

# %% [markdown]
# ## 4. Your own analysis
#
# The tables are plain pandas, so any question is a few lines away, and every chart
# of the reports is one function call. For example, the median grade per metadata
# value and the distributions chart:

# %%
level = report.group_column(profile.articles, "level")
medians = profile.articles.groupby(level, sort=True)["grade"].median().reset_index()
report.table(medians, caption="median reading grade per level")

# %%
report.distributions_chart(profile.articles)
