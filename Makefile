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

# Every library at the version in the lock file (with hashes); `make lock` rewrites it
# from pyproject.toml (docs/PACKAGING.md). `pip check` fails when pyproject.toml names a
# library the lock does not have: then run `make lock`.
LOCK := requirements/lock.txt
RUNTIME_LOCK := requirements/runtime.txt
UV_VERSION := 0.13.9
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --no-emit-package uppfoljning-desktop --custom-compile-command "make lock" -q

.PHONY: run test venv forms translations lint bench screenshots clean lock package

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml $(LOCK)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes -r $(LOCK)
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	$(PY) -m pip check
	touch $@

# uv resolves once for every platform and Python (markers for Windows-only and 3.11-only
# wheels), so CI, developers and the Windows build install the same versions.
lock:
	[ -x .venv-uv/bin/uv ] || { $(PYTHON) -m venv .venv-uv && .venv-uv/bin/pip install -q uv==$(UV_VERSION); }
	.venv-uv/bin/uv pip compile pyproject.toml --extra test --extra dev --extra bench $(LOCK_FLAGS) -o $(LOCK)
	.venv-uv/bin/uv pip compile pyproject.toml $(LOCK_FLAGS) -o $(RUNTIME_LOCK)

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

# Wheel, sdist and the one-folder program, smoke-tested (docs/PACKAGING.md).
package: venv forms translations
	$(PY) tools/package.py

clean:
	rm -rf $(VENV) .venv-uv build dist *.egg-info $(QM)
