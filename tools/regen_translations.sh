#!/usr/bin/env bash
# Rebuild the English .ts after a merge: take the last committed .ts as the base (its
# finished entries), refresh it from the code, then fill new entries from every
# resources/translations/new_*.tsv. Prints what is still untranslated.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
TS=resources/translations/uppfoljning_en.ts
git show HEAD:$TS > $TS
"$VENV/bin/pyside6-lupdate" -no-obsolete $(find uppfoljning_desktop/ui -name '*.py' -not -path '*/forms/*') forms/*.ui -ts $TS >/dev/null
cat resources/translations/new_*.tsv > /tmp/all_new.tsv 2>/dev/null || true
"$VENV/bin/python" tools/fill_translations.py $TS /tmp/all_new.tsv
"$VENV/bin/pyside6-lrelease" -silent $TS -qm uppfoljning_desktop/resources/translations/uppfoljning_en.qm
