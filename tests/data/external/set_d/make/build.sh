#!/bin/bash
# Rebuild set D: every generator, expected.json, package checks, LibreOffice round trip, verify.
# Needs: ../venv (docx-mailmerge, lxml, pillow), ../node (docxtemplater, pizzip), apt calligrawords,
# LibreOffice (soffice), poppler-utils.
set -euo pipefail
cd "$(dirname "$0")"
PY=../venv/bin/python
mkdir -p ../files ../build/pdf
rm -f ../files/*.docx ../files/*.pdf
$PY build_all.py
$PY check_pkg.py
(cd ../build/pdf && rm -f ./*.pdf ./*.png && timeout 600 soffice --headless --convert-to pdf ../../files/*.docx >/dev/null 2>&1 \
  && for f in *.pdf; do printf '%s %s\n' "$f" "$(pdfinfo "$f" | grep Pages)"; done)
$PY verify.py
