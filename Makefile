# The workbook's commands.  Each builds .venv from requirements.txt when it is missing or
# older than requirements.txt (or pyproject.toml).  Only Python >= 3.11 and make are needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARTICLE ?= data/articles/efe-2023-02-09-china-rejects-defense-talks.txt
# The article's path reaches the runner through the environment, never through a shell line:
# $(value ARTICLE) is the name exactly as typed (make expands no `$5` in it), and no recipe
# below mentions it, so no shell ever reads a file name (`id`, $(...), quotes, spaces).
export FRAMING_ARTICLE = $(value ARTICLE)
# JupyterLab refuses to run as root (as in CI containers) unless told it may.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: run test test-slow test-browser lab html lint clean help

help:
	@echo "make run    build .venv, run every notebook, write figures/<article-id>/"
	@echo "            (make run ARTICLE=path/to/article.txt for another article)"
	@echo "make test   build .venv and run the test suite (about 2 minutes)"
	@echo "make test-slow"
	@echo "            the slow tests too: whole runs of edge articles and a 5 MB article"
	@echo "make test-browser"
	@echo "            notebooks 03, 05 and 07 in JupyterLab, and the exported pages, in Debian's Chromium"
	@echo "make lab    open JupyterLab on the notebooks (localhost, token auth on)"
	@echo "make html   run the notebooks and export each as one HTML page to build/html/"

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m helpers.runner

# Two workers (pytest-xdist): the machines here have two cores.  `make test` leaves out the
# tests marked slow (whole runs of edge articles, the 5 MB article); `make test-slow` runs them.
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -m "not slow"

test-slow: $(STAMP)
	$(BIN)/python -m pytest -n 2 -m slow

# The real-browser test: a private JupyterLab on 127.0.0.1 and Debian's /usr/bin/chromium driven
# by Playwright (which never downloads a browser here).  Screenshots go to build/browser/.
test-browser: $(STAMP)
	$(BIN)/python -m pytest tests_browser -v

html: $(STAMP)
	$(BIN)/python -m helpers.runner --html

lab: $(STAMP)
	$(BIN)/jupyter lab --ip=127.0.0.1 --notebook-dir=notebooks $(ROOT_FLAG)

lint: $(STAMP)
	$(BIN)/ruff check helpers tests tests_browser benchmarks notebooks

clean:
	rm -rf $(VENV) build .pytest_cache
