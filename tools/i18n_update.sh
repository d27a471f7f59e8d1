#!/usr/bin/env bash
# Messages catalogue: extract the French source strings from the code into messages.pot,
# merge them into each language's .po (translations kept, new ones empty, no fuzzy
# guesses), compile the .mo that the package loads. Run from anywhere, after editing
# messages (and after tools/i18n_codemod.py); then translate the empty msgstr of
# src/cipcheck/locale/en/LC_MESSAGES/cipcheck.po and run it again.
set -euo pipefail
cd "$(dirname "$0")/.."
PYBABEL="${PYBABEL:-$(dirname "$(command -v python)")/pybabel}"
[ -x "$PYBABEL" ] || PYBABEL=pybabel
LOCALE=src/cipcheck/locale
"$PYBABEL" extract -F tools/babel.cfg --no-default-keywords -k _ -k ngettext:1,2 -k N_ \
  --add-location=file --sort-by-file --width=99 --project=cipcheck --version=0.1.0 \
  --copyright-holder="cipcheck" -o "$LOCALE/messages.pot" src/cipcheck
"$PYBABEL" update -i "$LOCALE/messages.pot" -d "$LOCALE" -D cipcheck -l en \
  --no-fuzzy-matching --width=99 --ignore-obsolete
"$PYBABEL" compile -d "$LOCALE" -D cipcheck -l en --statistics
