"""Untrusted XML parsed one way: a DOCTYPE or entity declaration is refused, never resolved.

Every XML part the readers open comes from a stranger: a .docx's main part and package
relationships, an .edoc's manifest and XAdES signature files. A DOCTYPE is how XXE (external
entities reading local files) and entity expansion ("billion laughs") get in, and none of these
formats needs one, so the bytes are refused before parsing when they declare one, and again
after parsing when an encoding such as UTF-16 hid the declaration from the byte search.
"""

from __future__ import annotations

from lxml import etree

__all__ = ["UnsafeXml", "safe_xml_root"]


class UnsafeXml(ValueError):
    """The XML declares a DOCTYPE or entities, which are never parsed."""


def safe_xml_root(xml: bytes, what: str = "the XML") -> etree._Element:
    """The root of untrusted XML, comments left out; UnsafeXml for a DOCTYPE or entities,
    etree.XMLSyntaxError when it is malformed. `what` names the part in the error."""
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise UnsafeXml(f"{what} declares a DOCTYPE or entities")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )
    root = etree.fromstring(xml, parser)
    if root.getroottree().docinfo.doctype:  # a DOCTYPE hidden by a UTF-16 encoding
        raise UnsafeXml(f"{what} declares a DOCTYPE")
    return root
