#!/bin/bash
# Regenerate every file of set C.  Needs: node + npm packages in ../node, ../venv (odfpy, pillow),
# groff, ghostscript, mupdf-tools, qpdf, wkhtmltopdf, texlive-xetex, tex-gyre, LibreOffice (c07 only).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
export NODE_PATH="$ROOT/node/node_modules"
mkdir -p "$ROOT/files" "$ROOT/build"

python3 forms.py                                   # forms.json + files/expected.json

# groff fonts with Latvian glyphs (TeX Gyre Heros/Termes Type 1 from the tex-gyre package)
G="$ROOT/build/groff/devpdf"; mkdir -p "$G"
T1=/usr/share/fonts/X11/Type1; M=/usr/share/groff/current/font/devpdf
: > "$G/download"
for p in "qhvr HVR" "qhvb HVB" "qtmr TGR" "qtmb TGB" "qtmri TGI"; do
  set -- $p
  (cd "$G" && afmtodit -e $M/enc/text.enc -i 0 -m $T1/$1.afm $M/map/textmap $2 >/dev/null 2>&1)
  printf '\t%s\t%s\n' "$(grep '^FontName' $T1/$1.afm | cut -d' ' -f2)" "$T1/$1.pfb" >> "$G/download"
done

node make_docxjs.js                                # c01 c02 c03 c04 c08 c09
node make_htmldocx_officegen.js                    # c05 c06
"$ROOT/venv/bin/python" make_odfpy.py              # c07
node make_pdfjs.js 2>&1 | grep -v "access policy"  # c10 c11 c12 (+ raw c17, c18)
python3 make_groff.py 2>&1 | grep -v "wider than\|around line" || true   # c13
python3 make_latex.py                              # c14 c15
python3 make_wkhtml.py 2>&1 | grep -v XDG_RUNTIME || true                # c16

# c17: Ghostscript "print to PDF" of the pdfkit file (legacy interpreter: gs 10.0's new one
# writes a broken ToUnicode for pdfkit's subset fonts)
gs -q -dSAFER -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -dNEWPDF=false -dPDFSETTINGS=/printer \
   -dCompatibilityLevel=1.6 -sOutputFile="$ROOT/files/c17_ventspils_pdfkit_gs.pdf" "$ROOT/build/c17_raw.pdf" 2>&1 | grep -v legacy || true
# c18: mutool clean (garbage collect, compress) then qpdf object streams + linearize
mutool clean -gggz "$ROOT/build/c18_raw.pdf" "$ROOT/build/c18_clean.pdf"
qpdf --object-streams=generate --linearize "$ROOT/build/c18_clean.pdf" "$ROOT/files/c18_augsdaugava_jspdf_mutool_qpdf.pdf"

"$ROOT/venv/bin/python" verify.py
