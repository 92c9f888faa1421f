"""The package's public names, and what importing a part of it costs."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import analysis


@pytest.mark.parametrize("name", [n for n in analysis.__all__ if n != "__version__"])
def test_every_public_name_is_its_modules_object(name: str) -> None:
    value = getattr(analysis, name)
    module = importlib.import_module(value.__module__)
    assert getattr(module, name) is value
    assert name in dir(analysis)


def test_an_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'profile_corpora'"):
        _ = analysis.profile_corpora  # type: ignore[attr-defined]


def test_profiling_an_article_does_not_import_pandas_or_the_reports() -> None:
    # A worker process of a parallel profile imports only this much; pandas,
    # papermill and nbconvert would triple its start-up time.
    script = (
        "import sys, analysis.article_profile, analysis.quotes, analysis.partition; "
        "print(sorted(m for m in ('pandas', 'papermill', 'nbconvert', 'matplotlib') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
