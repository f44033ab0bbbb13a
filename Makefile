# One task runner. `make run` and `make test` are the two commands in the README.
# Prefer Python 3.12+ when the machine has it (an immortal None makes the newest PySide6
# safe; see pyproject.toml), also a pyenv-installed one whose shim is not selected;
# otherwise python3 (3.11 gets the PySide6 6.11 line). Each candidate must really run.
PY_CANDIDATES := python3.12 python3.13 $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3) $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3) python3
PYTHON ?= $(firstword $(foreach p,$(PY_CANDIDATES),$(shell $(p) -c 'import sys; assert sys.version_info >= (3, 11)' >/dev/null 2>&1 && echo $(p))))
VENV ?= .venv
PY := $(VENV)/bin/python
DEMO_DB ?= demo.sqlite
export QT_QPA_PLATFORM ?= offscreen

FORMS := $(wildcard forms/*.ui)
FORM_PY := $(patsubst forms/%.ui,uppfoljning_desktop/ui/forms/%_ui.py,$(FORMS))
TS := $(wildcard resources/translations/*.ts)
# The .ts sources stay in resources/; the compiled .qm are package data (docs/PACKAGING.md).
QM := $(patsubst resources/translations/%.ts,uppfoljning_desktop/resources/translations/%.qm,$(TS))

.PHONY: run test venv forms translations lint bench screenshots clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,dev]'
	touch $@

uppfoljning_desktop/ui/forms/%_ui.py: forms/%.ui | venv
	$(VENV)/bin/pyside6-uic $< -o $@

forms: $(FORM_PY)

uppfoljning_desktop/resources/translations/%.qm: resources/translations/%.ts | venv
	@mkdir -p $(@D)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts sources from the code (then translate the new entries in Qt Linguist).
update-translations: venv
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find uppfoljning_desktop/ui -name '*.py' -not -path '*/forms/*') forms/*.ui -ts $(TS)

run: venv forms translations
	[ -f $(DEMO_DB) ] || $(VENV)/bin/uppfoljning --db $(DEMO_DB) demo
	QT_QPA_PLATFORM= $(VENV)/bin/uppfoljning --db $(DEMO_DB)

test: venv forms translations lint
	$(PY) -m pytest -q

lint: venv
	$(VENV)/bin/ruff check uppfoljning_desktop tests bench tools
	$(VENV)/bin/mypy

bench: venv translations
	$(PY) bench/startup.py

screenshots: venv translations
	[ -f $(DEMO_DB) ] || $(VENV)/bin/uppfoljning --db $(DEMO_DB) demo
	for a in meetings schedule delegation crisis goals organisation; do \
	  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/screenshot.py --db $(DEMO_DB) --area $$a -o screenshots/$$a.png; done

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)
