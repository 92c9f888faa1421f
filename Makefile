# Two commands for a new machine: `make report` and `make test`.
# Both create .venv when it is missing, install the package with its extras and
# register the `news-analysis` Jupyter kernel inside the venv (--sys-prefix, so
# nothing is written to the home folder). The stamp file makes re-runs instant
# until pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

# Keep Jupyter's own files inside the project for every command run from here.
export JUPYTER_PLATFORM_DIRS := 1
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: setup report test lab docs clean

setup: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,scale]'
	$(BIN)/python -m ipykernel install --sys-prefix --name news-analysis --display-name "Python (news-analysis)"
	touch $(STAMP)

report: setup
	$(BIN)/news-analysis report seeds/ --article articles/2021-06-27-us-airstrikes-iraq-syria --out reports/seed-article
	$(BIN)/news-analysis report seeds/ --group-by level --out reports/seeds

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy src
	$(BIN)/pytest

# docs/schema.md is generated from the column declarations in analysis.schema.
docs: setup
	$(BIN)/python -c "from analysis.schema import schema_markdown as s; print(s(), end='')" > docs/schema.md

lab: setup
	$(BIN)/jupyter lab --MappingKernelManager.default_kernel_name=news-analysis notebooks/

clean:
	rm -rf $(VENV) reports/*/ .pytest_cache .mypy_cache .ruff_cache
