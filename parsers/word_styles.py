"""The styles of a .docx that hide text, so that text hidden by its style is not read.

Hidden text is usually a run property (`<w:vanish/>`, which `parsers.word_view` sees in the main
part), but a template may put it in a style instead: a "Hint" character style for the
instructions to the person filling the form in, or a paragraph style for a whole hidden note.
Word hides such text as surely, while the main part only names the style. This module reads
the styles part next to the main part (within `MAX_STYLES_BYTES`) and says which paragraph
and character styles are hidden, following `w:basedOn` as Word does. A styles part that is
missing, too large, malformed or unsafe hides nothing: the form is still read.
"""

from __future__ import annotations

import posixpath
import zipfile

from lxml import etree

from parsers import safezip
from parsers.safe_xml import UnsafeXml, safe_xml_root

__all__ = ["MAX_STYLES_BYTES", "hidden_styles", "toggle"]

MAX_STYLES_BYTES = 4 * 1024 * 1024  # Word's styles part with its latent styles is ~50–300 KB
_MAX_BASED_ON = 32  # Word allows deeper chains, but a loop must end
_OFF = frozenset({"0", "false", "off"})


_VANISH = (b"vanish", "vanish".encode("utf-16-le"), "vanish".encode("utf-16-be"))


def toggle(properties: etree._Element | None, name: str) -> bool | None:
    """A toggle property (`<w:vanish/>`, `w:val="false"`) of `properties`: on, off, or not set.
    `name` is the property's qualified tag."""
    found = None if properties is None else properties.find(name)
    if found is None:
        return None
    value = next((v for k, v in found.attrib.items() if etree.QName(k).localname == "val"), "1")
    return value.lower() not in _OFF


def hidden_styles(archive: zipfile.ZipFile, main: str) -> frozenset[str]:
    """Ids of the paragraph and character styles whose text Word hides."""
    info = archive.NameToInfo.get(posixpath.join(posixpath.dirname(main), "styles.xml"))
    if info is None or info.flag_bits & 0x1 or info.file_size > MAX_STYLES_BYTES:
        return frozenset()
    data = safezip.read_member(archive, info, MAX_STYLES_BYTES)
    if not any(word in data for word in _VANISH):  # most hide nothing: ~100 KB not parsed
        return frozenset()
    try:
        root = safe_xml_root(data, "styles")
    except (UnsafeXml, etree.XMLSyntaxError):
        return frozenset()
    w = f"{{{etree.QName(root).namespace or ''}}}"
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    for style in root.iter(w + "style"):
        if style.get(w + "type") not in ("paragraph", "character"):
            continue
        name = style.get(w + "styleId", "")
        own[name] = toggle(style.find(w + "rPr"), w + "vanish")
        parent = style.find(w + "basedOn")
        if parent is not None:
            based_on[name] = parent.get(w + "val", "")
    return frozenset(name for name in own if _hidden(name, own, based_on))


def _hidden(name: str, own: dict[str, bool | None], based_on: dict[str, str]) -> bool:
    for _step in range(_MAX_BASED_ON):
        found = own.get(name)
        if found is not None:
            return found
        if name not in based_on:
            return False
        name = based_on[name]
    return False
