# Quick start:  make demo   (anonymize examples/feedback.jsonl with the shipped model)
#               make test   (the test suite; CI runs exactly this)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip install -q --disable-pip-version-check

.PHONY: demo test lint bench clean default-model

$(VENV)/.runtime: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) -e .
	touch $@

# torch is pinned first: an unpinned torch pulls several GB of CUDA wheels.
$(VENV)/.full: $(VENV)/.runtime
	$(PIP) torch==2.13.0
	$(PIP) -e ".[train,base,dev]"
	touch $@

demo: $(VENV)/.runtime
	$(VENV)/bin/anonymize examples/feedback.jsonl -o examples/feedback.anonymized.jsonl \
	    --field text --field customer.name --key-file examples/demo.key
	@echo "--- first records of examples/feedback.anonymized.jsonl:"
	@head -n 3 examples/feedback.anonymized.jsonl

test: $(VENV)/.full
	$(PY) -m pytest -q

# Rebuild models/default from the corpora in ../shared/data (resumable; see the script header).
default-model: $(VENV)/.full
	scripts/build_default_model.sh ../shared/data

lint: $(VENV)/.full
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache examples/feedback.anonymized.jsonl
