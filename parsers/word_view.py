"""A WordprocessingML main part pruned, in place, to what Word shows: the "final" view.

A filled-in form keeps more than its visible text in its XML, and all of it sits in `w:t`
elements a naive reader takes for the form's text: deleted and moved-away revisions
(`w:del`, `w:moveFrom`, deleted table rows), hidden text (`w:vanish`, instructions for the
person filling the form in), the placeholder a content control shows until it is filled in
("Noklikšķiniet vai pieskarieties šeit, lai ievadītu tekstu."), the code of a field (nested
fields in it have results of their own), and the VML copy of every text box in
`mc:Fallback`. Text Word shows with no run of its own is added: the entry a legacy
FORMDROPDOWN field has selected lives in its `w:ffData` only. A text box's paragraphs,
anchored in a run, are moved after the paragraph holding the anchor, so they are read as
paragraphs and tables of their own, once, where the box stands. `parsers.docx_form` then walks
the body as if the document had been typed that way.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from parsers.word_styles import toggle

__all__ = ["MC", "final_view"]

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def final_view(
    root: etree._Element, namespace: str, hidden_styles: frozenset[str] = frozenset()
) -> None:
    """Prune the document `root` (in the `w` namespace given: transitional or strict);
    `hidden_styles`: ids of the styles that hide their text (`parsers.word_styles`)."""
    view = _View(namespace, hidden_styles)
    for fallback in list(root.iter(f"{{{MC}}}Fallback")):  # text boxes are stored twice
        _remove(fallback)
    view.drop_revisions(root)
    view.drop_hidden(root)
    view.join_deleted_marks(root)
    view.show_fields(root)
    view.lift_text_boxes(root)


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _remove_parent(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        _remove(parent)


def _parent_of(element: etree._Element, tag: str) -> etree._Element | None:
    """The element holding `element`'s parent, when that parent is a `tag`
    (the run of a `w:rPr` mark, the paragraph of a `w:pPr` style)."""
    parent = element.getparent()
    return parent.getparent() if parent is not None and parent.tag == tag else None


@dataclass
class _Field:
    entry: str | None  # the selected entry of a FORMDROPDOWN
    in_code: bool = True  # between `begin` and `separate`
    shown: bool = False  # its result has text of its own


class _View:
    def __init__(self, namespace: str, hidden_styles: frozenset[str]) -> None:
        self.w = f"{{{namespace}}}"
        self.hidden_styles = hidden_styles
        self.deleted_marks: list[etree._Element] = []  # paragraphs whose mark was deleted

    def _on(self, properties: etree._Element | None, name: str) -> bool:
        """A toggle property (`<w:vanish/>`, `w:val="true"`) set in `properties`."""
        return bool(toggle(properties, self.w + name))

    def drop_revisions(self, root: etree._Element) -> None:
        """Deleted and moved-away text, deleted rows and cells. The marks of deleted paragraph
        marks are kept for `join_deleted_marks`. Found by their revision elements, so a
        document without revisions costs one pass."""
        w = self.w
        for element in list(root.iter(w + "del", w + "moveFrom", w + "cellDel")):
            holder = element.getparent()
            if holder is None:
                continue
            if not etree.QName(holder).localname.endswith("Pr"):
                _remove(element)  # a run-level revision holding the deleted runs
            elif holder.tag == w + "trPr" and element.tag == w + "del":
                _remove_parent(holder)  # a deleted row
            elif holder.tag == w + "tcPr" and element.tag == w + "cellDel":
                _remove_parent(holder)  # a deleted cell
            elif holder.tag == w + "rPr" and element.tag != w + "cellDel":
                paragraph = _parent_of(holder, w + "pPr")
                if paragraph is not None and paragraph.tag == w + "p":
                    self.deleted_marks.append(paragraph)
        for element in list(root.iter(w + "delText", w + "delInstrText")):
            _remove(element)
        self._drop_move_ranges(root)

    def _drop_move_ranges(self, root: etree._Element) -> None:
        """Runs between `moveFromRangeStart` and its `moveFromRangeEnd` (the source of a move);
        a range that is never closed removes nothing."""
        w = self.w
        start, end, run = w + "moveFromRangeStart", w + "moveFromRangeEnd", w + "r"
        if next(root.iter(start), None) is None:
            return
        open_ranges: dict[str, list[etree._Element]] = {}
        for element in root.iter(start, end, run):
            if element.tag == start:
                open_ranges.setdefault(element.get(w + "id", ""), [])
            elif element.tag == end:
                for found in open_ranges.pop(element.get(w + "id", ""), []):
                    _remove(found)
            else:
                for runs in open_ranges.values():
                    runs.append(element)

    def drop_hidden(self, root: etree._Element) -> None:
        """Hidden runs, and what a content control shows while it has no value: its
        placeholder (paragraphs, cells and rows stay, empty)."""
        w = self.w
        for mark in list(root.iter(w + "vanish", w + "specVanish", w + "webHidden")):
            run = _parent_of(mark, w + "rPr")
            if run is not None and run.tag == w + "r" and toggle(mark.getparent(), mark.tag):
                _remove(run)
        if self.hidden_styles:
            self._drop_styled(root)
        for control in list(root.iter(w + "sdt")):
            if self._on(control.find(w + "sdtPr"), "showingPlcHdr"):
                content = control.find(w + "sdtContent")
                for run in [] if content is None else list(content.iter(w + "r")):
                    _remove(run)

    def _drop_styled(self, root: etree._Element) -> None:
        """Runs hidden by their character style, or by their paragraph's style; `w:vanish` set
        on the run itself (`w:val="0"`) shows it all the same."""
        w = self.w
        runs: list[etree._Element] = []
        for reference in root.iter(w + "rStyle", w + "pStyle"):
            if reference.get(w + "val", "") not in self.hidden_styles:
                continue
            if reference.tag == w + "rStyle":
                run = _parent_of(reference, w + "rPr")
                runs += [run] if run is not None and run.tag == w + "r" else []
                continue
            paragraph = _parent_of(reference, w + "pPr")
            if paragraph is not None and paragraph.tag == w + "p":
                own = paragraph.iter(w + "r")  # not the runs of a text box's own paragraphs
                runs += [run for run in own if next(run.iterancestors(w + "p")) is paragraph]
        for run in runs:
            if toggle(run.find(w + "rPr"), w + "vanish") is None:
                _remove(run)

    def join_deleted_marks(self, root: etree._Element) -> None:
        """A paragraph whose mark was deleted runs on into the next paragraph, as Word shows it
        (a deleted paragraph, mark and all, disappears)."""
        w = self.w
        for paragraph in self.deleted_marks:
            following = paragraph.getnext()
            if following is None or following.tag != w + "p":
                continue
            properties = paragraph.find(w + "pPr")
            place = following.find(w + "pPr")
            index = 0 if place is None else following.index(place) + 1
            for offset, child in enumerate(c for c in list(paragraph) if c is not properties):
                following.insert(index + offset, child)
            _remove(paragraph)

    def show_fields(self, root: etree._Element) -> None:
        """A complex field shows its result, not its code; a FORMDROPDOWN without result text
        shows its selected entry. Left alone when the document's fields do not pair up."""
        w = self.w
        char, text, kind = w + "fldChar", w + "t", w + "fldCharType"
        if next(root.iter(char), None) is None:
            return
        stack: list[_Field] = []
        code: list[etree._Element] = []
        entries: list[tuple[etree._Element, str]] = []
        for element in root.iter(char, text):
            if element.tag == text:
                if any(field.in_code for field in stack):
                    code.append(element)
                elif element.text:
                    for field in stack:
                        field.shown = True
            elif element.get(kind) == "begin":
                stack.append(_Field(self._dropdown_entry(element)))
            elif not stack:
                return  # a separator or an end without a beginning
            elif element.get(kind) == "separate":
                stack[-1].in_code = False
            elif element.get(kind) == "end":
                field = stack.pop()
                if field.entry and not field.shown:
                    entries.append((element, field.entry))
        if stack:
            return
        for element in code:
            _remove(element)
        for end, entry in entries:
            self._insert_run(end, entry)

    def _dropdown_entry(self, begin: etree._Element) -> str | None:
        """The entry a FORMDROPDOWN shows: `w:result`, else `w:default`, else the first."""
        w = self.w
        entries = begin.find(f"{w}ffData/{w}ddList")
        if entries is None:
            return None
        names = [entry.get(w + "val", "") for entry in entries.findall(w + "listEntry")]
        chosen = entries.find(w + "result")
        if chosen is None:
            chosen = entries.find(w + "default")
        try:
            index = int(chosen.get(w + "val", "0")) if chosen is not None else 0
        except ValueError:
            index = 0
        return names[index] if 0 <= index < len(names) else None

    def _insert_run(self, end: etree._Element, text: str) -> None:
        """A run with `text` before the run holding the field's end."""
        holder = end.getparent()
        if holder is None or holder.tag != self.w + "r":
            return
        run = etree.Element(self.w + "r")
        shown = etree.SubElement(run, self.w + "t")
        shown.text = text
        shown.set(_XML_SPACE, "preserve")
        holder.addprevious(run)

    def lift_text_boxes(self, root: etree._Element) -> None:
        """A text box's paragraphs and tables after the paragraph its anchor is in; inner boxes
        first, so a box in a box comes out after its own anchor paragraph too."""
        w = self.w
        for box in reversed(list(root.iter(w + "txbxContent"))):
            anchor = next(box.iterancestors(w + "p"), None)
            if anchor is None:
                continue
            place = anchor
            for child in list(box):
                place.addnext(child)
                place = child
