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

from IPython.display import display

from analysis import execute, report
from analysis.profiling import profile_corpus

# %% tags=["parameters"]
# Parameters. papermill injects new values in a cell after this one. `Optional[...]`
# rather than `X | None` because papermill's parameter inspector cannot read `|`.
corpus: str = "seeds/"  # file, folder or glob of articles (relative to cwd or the project)
group_by: Optional[str] = None  # metadata column to compare, e.g. outlet or level
title: Optional[str] = None  # report title (default: "Corpus report: CORPUS")
top_n: int = 10  # rows in the top-sources, cue-verb and outlier lists
output_dir: Optional[str] = None  # folder for CSVs, figures, manifest (None: none)

# %%
corpus_path = execute.resolve_input(corpus)
report.heading(title or f"Corpus report: {corpus}")

# %% [markdown]
# Readability, quotation and sourcing across a corpus of news articles. (Run it with
# `news-analysis report CORPUS [--group-by COLUMN]`, with plain papermill, or in
# JupyterLab with `make lab`.)

# %% tags=["profiling"]
profile = profile_corpus(corpus_path, progress=False)
articles, quotes, sources, errors = (
    profile.articles,
    profile.quotes,
    profile.sources,
    profile.errors,
)
group_column = report.group_column(articles, group_by)
charts = report.Charts()

# %% [markdown]
# ## Overview

# %%
report.overview_table(articles, quotes, errors)

# %% [markdown]
# ## Distributions
#
# **Reading grade** is the US school grade a reader needs (about 8: plain English; 12:
# end of high school; 16: college graduate). **Quoted share** is the percentage of an
# article's words inside quotations; **quotes per 1,000 words** counts direct, indirect
# and mixed quotations.

# %%
charts.add(report.distributions_chart(articles))

# %% [markdown]
# ## Groups
#
# The same three measures per group (`group_by`), with the median of each group, and
# the share of quotations that come from anonymous sources.

# %%
if group_column is None:
    display(report.note("No group_by parameter was given: the corpus is shown as one group."))
else:
    display(charts.add(report.group_boxplots_chart(articles, group_column)))
    display(report.group_medians_table(articles, group_column))
charts.add(report.anonymous_share_chart(quotes, articles, group_column))

# %% [markdown]
# ## Sources and cue verbs
#
# Who is quoted most, and with which verbs. A *neutral* cue (said, told) attributes a
# quotation without judging it; a *loaded* cue (claimed, admitted, insisted) implies
# doubt or concession.

# %%
report.top_sources_table(sources, top_n)

# %%
charts.add(report.cue_verbs_chart(quotes, top_n))

# %% [markdown]
# ## Readability against quotation density

# %%
charts.add(report.readability_vs_quotes_chart(articles, group_column))

# %% [markdown]
# ## Outliers
#
# The articles with the highest and lowest values (ties broken by id), worth reading
# before trusting any average.

# %%
display(report.outliers_table(articles, "grade", top_n))
report.outliers_table(articles, "quotes_per_1k_words", top_n)

# %% [markdown]
# ## Errors
#
# Articles that could not be loaded or profiled; they are left out of everything above.

# %%
report.errors_table(errors)

# %%
manifest = execute.build_manifest(
    "corpus_report",
    parameters={
        "corpus": corpus,
        "group_by": group_by,
        "title": title,
        "top_n": top_n,
        "output_dir": output_dir,
    },
    inputs=execute.input_files(corpus_path),
    rows=report.row_counts(profile),
)
if output_dir is not None:
    execute.save_outputs(output_dir, profile=profile, charts=charts, manifest=manifest)
report.reproduction_panel(manifest)
