# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python (news-analysis)
#     language: python
#     name: news-analysis
# ---

# %%
from typing import Optional

from analysis import execute, report
from analysis.profiling import profile_corpus
from analysis.quotes import analyze_quotes
from analysis.readability import paragraph_readability

# %% tags=["parameters"]
# Parameters. papermill injects new values in a cell after this one. `Optional[...]`
# rather than `X | None` because papermill's parameter inspector cannot read `|`.
article: str = "seeds/articles/2021-06-27-us-airstrikes-iraq-syria.txt"  # path, or id in corpus
corpus: Optional[str] = None  # file, folder or glob holding `article` (None: a path)
title: Optional[str] = None  # report title (default: "Article report")
output_dir: Optional[str] = None  # folder for CSVs, figures, manifest (None: none)

# %% tags=["profiling"]
item = execute.find_article(article, None if corpus is None else execute.resolve_input(corpus))
profile = profile_corpus([item], progress=False)
row = profile.articles.iloc[0].to_dict()
quotes = analyze_quotes(item).quotes
charts = report.Charts()

# %%
report.heading(title or "Article report")

# %% [markdown]
# One news article in depth: its readability, every quotation with its speaker and
# cue, and its sources. (Run it with `news-analysis report CORPUS --article ID`, with
# plain papermill, or in JupyterLab with `make lab`.)

# %%
report.article_header(item, row)

# %% [markdown]
# ## Readability
#
# Grade-like measures estimate the US school grade a reader needs (8: plain English,
# 12: end of high school, 16: college graduate); the Flesch Reading Ease runs the
# other way, from 100 (very easy) down to 0 (very difficult).

# %%
report.readability_table(row)

# %% [markdown]
# ## Paragraph by paragraph
#
# Reading grade and number of quotations of each paragraph: where the article gets
# harder, and where it leans on what others said.

# %%
charts.add(report.paragraphs_chart(paragraph_readability(item), quotes, len(item.paragraphs)))

# %% [markdown]
# ## The article with its quotations
#
# Every quotation is highlighted in the colour of its source type. Hover over one to
# see who said it, in what role, and with which cue verb.

# %%
report.highlighted_article(item.text, quotes)

# %% [markdown]
# ## Sources

# %%
report.sources_table(profile.sources)

# %% [markdown]
# ## Quotations

# %%
report.quotes_table(profile.quotes)

# %%
manifest = execute.build_manifest(
    "article_report",
    parameters={"article": article, "corpus": corpus, "title": title, "output_dir": output_dir},
    inputs=execute.input_files(item.source.path),
    rows=report.row_counts(profile),
)
if output_dir is not None:
    execute.save_outputs(output_dir, profile=profile, charts=charts, manifest=manifest)
report.reproduction_panel(manifest)
