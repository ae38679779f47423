"""Layouts: turn a form's written values into a document (ir.Doc) or Markdown text."""
from __future__ import annotations

from ir import BR, PAGE, PAGES, TAB, C, Cell, Doc, Frame, P, Para, Table, span_row

SECTIONS = ["Informācija par pieteicēju", "Projekta apraksts", "Plānotās aktivitātes",
            "Rezultatīvie rādītāji", "Budžets", "Īstenošanas periods", "Apliecinājums"]

DEFAULT_LABELS = {
    "municipality": "Pašvaldības nosaukums",
    "registration_no": "Reģistrācijas numurs",
    "address": "Juridiskā adrese",
    "planning_region": "Plānošanas reģions",
    "contact_name": "Kontaktpersona (vārds, uzvārds)",
    "contact_position": "Amats",
    "contact_phone": "Tālrunis",
    "contact_email": "E-pasts",
    "title": "Projekta nosaukums",
    "current_measures": "Esošie remigrācijas atbalsta pasākumi pašvaldībā",
    "goal": "Projekta mērķis",
    "target_remigrants": "Plānotais remigrantu skaits",
    "target_reached": "Plānotais informēto personu skaits",
    "total": "Kopējās izmaksas",
    "requested": "Pieprasītais finansējums",
    "cofinancing": "Pašvaldības līdzfinansējums",
    "signatory_name": "Vārds, uzvārds",
    "signatory_position": "Amats",
    "signed": "Datums",
}
SEC_FIELDS = {
    1: ["municipality", "registration_no", "address", "planning_region", "contact_name", "contact_position",
        "contact_phone", "contact_email"],
    2: ["title", "current_measures", "goal"],
    4: ["target_remigrants", "target_reached"],
    5: ["total", "requested", "cofinancing"],
    7: ["signatory_name", "signatory_position", "signed"],
}
ACT_HEAD = ["Nr.", "Aktivitātes veids", "Apraksts", "Īstenošanas laiks", "Plānotās izmaksas, EUR"]
DECL = ("Apliecinu, ka pieteikumā sniegtā informācija ir patiesa un pašvaldība nodrošinās projekta "
        "īstenošanu atbilstoši konkursa nolikumam.")


def label(form, key, case=None):
    text = form.get("labels", {}).get(key, DEFAULT_LABELS[key])
    if case == "upper":
        text = text.upper()
    elif case == "lower":
        text = text[0].lower() + text[1:]
    return text


def fields(form, sec):
    """(key, value-as-list-of-paragraphs) for the fields of a section that the clerk kept."""
    w = form["w"]
    out = []
    for key in SEC_FIELDS[sec]:
        if key == "cofinancing" and w.get(key) is None and not form.get("empty_cofin_row"):
            continue  # the row was left out
        v = w.get(key)
        if v is None:
            paras = []
        elif isinstance(v, list):
            paras = v
        else:
            paras = [v]
        out.append((key, paras))
    return out


def period_paras(form):
    p = form["w"]["period"]
    return list(p) if isinstance(p, tuple) else [p]


def sec_title(n, style="num"):
    t = SECTIONS[n - 1]
    if style == "num":
        return f"{n}. {t}"
    if style == "upper":
        return f"{n}. {t.upper()}"
    if style == "paren":
        return f"{n}) {t}"
    return t


def title_block(doc_title="Pieteikuma veidlapa", annex="1. pielikums", sub=True):
    out = [P(annex, align="right")]
    if sub:
        out.append(P(("i", "konkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam"),
                     align="right", kind="small"))
    out.append(P(doc_title, kind="title"))
    return out


def activities_table(form, head="single", extra=None, total=None, nr="dot", widths=None, shade=True,
                     bold_total=True, total_span=True):
    """head: single | two_row; extra: title of an added column (value = 6th tuple item);
    total: label of the total row or None; nr: dot ('1.') | plain ('1') | auto (list numbering)."""
    w = form["w"]
    cols = list(ACT_HEAD)
    if extra:
        cols.insert(4, extra)
    n = len(cols)
    if widths is None:
        widths = [1.1, 4.0, 5.6, 3.0, 3.3] if not extra else [1.0, 3.4, 4.6, 2.6, 2.6, 2.8]
    rows = []
    if head == "single":
        rows.append([C(P(("b", c)), shade=shade) for c in cols])
        hdr = 1
    else:
        # Nr. | Aktivitāte (veids, apraksts) | Īstenošanas laiks | Plānotās izmaksas, EUR
        r1 = [C(P(("b", "Nr.")), rowspan=2, shade=shade), C(P(("b", "Aktivitāte")), colspan=2, shade=shade), None]
        r2 = [None, C(P(("b", "Aktivitātes veids")), shade=shade), C(P(("b", "Apraksts")), shade=shade)]
        for c in cols[3:]:
            r1.append(C(P(("b", c)), rowspan=2, shade=shade))
            r2.append(None)
        rows += [r1, r2]
        hdr = 2
    for i, a in enumerate(w["activities"], 1):
        kind_w, _, desc, per, cost = a[:5]
        if nr == "dot":
            nrc = C(f"{i}.")
        elif nr == "plain":
            nrc = C(f"{i}")
        else:
            nrc = Cell([Para([], autonum=True)])
        row = [nrc, C(kind_w), C(desc), C(per)]
        if extra:
            row.append(C(a[5]))
        row.append(C(P(cost, align="right")))
        rows.append(row)
    if total:
        tot = w.get("activities_total", w["total"])
        lab = P(("b", total) if bold_total else total, align="right" if total_span else None)
        val = P(("b", tot) if bold_total else tot, align="right")
        if total_span:
            rows.append(span_row(C(lab), n - 1) + [C(val)])
        else:
            rows.append([C(""), C(lab)] + [C("") for _ in range(n - 3)] + [C(val)])
    return Table(widths, rows, header_rows=hdr)


# ---------------------------------------------------------------------------------------------
def doc_table2(form, upper=False, numbered_labels=False, shade=True, sec6="merged", frame=None,
               header=None, footer=None, act_kw=None, font="Liberation Serif", size=11):
    """Two-column table (label | value) with merged section heading rows."""
    case = "upper" if upper else None
    blocks = []
    if frame:
        blocks.append(Frame(frame))
    blocks += title_block()
    W = [6.2, 10.8]

    def sec_rows(sec):
        rows = [span_row(C(P(("b", sec_title(sec, "upper" if upper else "num"))), shade=shade), 2)]
        for j, (key, paras) in enumerate(fields(form, sec), 1):
            lab = label(form, key, case)
            if numbered_labels:
                lab = f"{sec}.{j}. {lab}"
            rows.append([C(P(("b", lab))), C(*paras) if paras else C("")])
        return rows

    blocks.append(Table(W, sec_rows(1) + sec_rows(2)))
    blocks.append(P(("b", sec_title(3, "upper" if upper else "num")), keep_next=True))
    blocks.append(activities_table(form, **(act_kw or {})))
    blocks.append(P(""))
    rows = sec_rows(4) + sec_rows(5)
    rows.append(span_row(C(P(("b", sec_title(6, "upper" if upper else "num"))), shade=shade), 2))
    if sec6 == "merged":
        rows.append(span_row(C(*period_paras(form)), 2))
    else:
        lab = "ĪSTENOŠANAS PERIODS" if upper else "Īstenošanas periods"
        rows.append([C(P(("b", lab))), C(*period_paras(form))])
    s7 = sec_rows(7)
    rows.append(s7[0])
    rows.append(span_row(C(P(("i", DECL))), 2))
    rows += s7[1:]
    rows.append([C(P(("b", "PARAKSTS" if upper else "Paraksts"))), C("")])
    blocks.append(Table(W, rows))
    return Doc(blocks, header=header or [], footer=footer or [], title="Pieteikuma veidlapa",
               author=form["w"]["contact_name"], font=font, size_pt=size)


def doc_colon(form, numbered=False, bold_labels=True, heading="h2", sec_style="num", colon=True,
              act_kw=None, header=None, footer=None, font="Liberation Serif", size=12, titles=True,
              period_label=False, decl=True):
    """`Label: value` paragraphs; further paragraphs of a free-text value follow unlabelled."""
    blocks = title_block() if titles else []

    def head(sec):
        if heading == "bold":
            return P(("b", sec_title(sec, sec_style)), keep_next=True)
        return P(sec_title(sec, sec_style), kind=heading)

    def labelled(sec):
        out = []
        for j, (key, paras) in enumerate(fields(form, sec), 1):
            lab = label(form, key) + (":" if colon else "")
            if numbered:
                lab = f"{sec}.{j}. {lab}"
            first = paras[0] if paras else ""
            out.append(P(("b" if bold_labels else "", lab), " " + first if first else "", align="justify"))
            out += [P(x, align="justify") for x in paras[1:]]
        return out

    blocks += [head(1)] + labelled(1) + [head(2)] + labelled(2)
    blocks += [head(3), activities_table(form, **(act_kw or {}))]
    blocks += [head(4)] + labelled(4) + [head(5)] + labelled(5) + [head(6)]
    pp = period_paras(form)
    if period_label:
        blocks.append(P(("b" if bold_labels else "", "Īstenošanas periods" + (":" if colon else "")), " " + pp[0]))
        blocks += [P(x) for x in pp[1:]]
    else:
        blocks += [P(x) for x in pp]
    blocks.append(head(7))
    if decl:
        blocks.append(P(DECL, align="justify"))
    blocks += labelled(7)
    blocks.append(P(("b" if bold_labels else "", "Paraksts" + (":" if colon else "")), " ______________________"))
    return Doc(blocks, header=header or [], footer=footer or [], title="1. pielikums",
               author=form["w"]["contact_name"], font=font, size_pt=size)


def doc_above(form, outline=True, act_kw=None, header=None, footer=None, font="Liberation Sans", size=11,
              label_colon=True):
    """Label paragraph (bold), value in the following paragraph(s)."""
    blocks = title_block()

    def head(sec):
        if outline:
            return P(SECTIONS[sec - 1], kind="h1", outline=True)
        return P(sec_title(sec), kind="h1")

    def labelled(sec):
        out = []
        for key, paras in fields(form, sec):
            out.append(P(("b", label(form, key) + (":" if label_colon else "")), keep_next=True))
            out += [P(x, indent_cm=0.5) for x in paras] or [P("")]
        return out

    blocks += [head(1)] + labelled(1) + [head(2)] + labelled(2)
    blocks += [head(3), activities_table(form, **(act_kw or {}))]
    blocks += [head(4)] + labelled(4) + [head(5)] + labelled(5) + [head(6)]
    blocks += [P(x, indent_cm=0.5) for x in period_paras(form)]
    blocks += [head(7), P(DECL)] + labelled(7)
    doc = Doc(blocks, header=header or [], footer=footer or [], title="Pieteikuma veidlapa",
              author=form["w"]["contact_name"], font=font, size_pt=size)
    doc.outline_numbering = outline
    return doc


def doc_tab(form, tab_cm=6.5, act_kw=None, header=None, footer=None, font="Liberation Serif", size=11):
    """`Label<TAB>value` paragraphs with a tab stop; continuation paragraphs start with a tab."""
    blocks = title_block()

    def head(sec):
        return P(("b", sec_title(sec)), kind="h2")

    def labelled(sec):
        out = []
        for key, paras in fields(form, sec):
            first = paras[0] if paras else ""
            out.append(P(label(form, key), TAB, first, tabstop_cm=tab_cm))
            out += [P(TAB, x, tabstop_cm=tab_cm) for x in paras[1:]]
        return out

    blocks += [head(1)] + labelled(1) + [head(2)] + labelled(2)
    blocks += [head(3), activities_table(form, **(act_kw or {}))]
    blocks += [head(4)] + labelled(4) + [head(5)] + labelled(5) + [head(6)]
    blocks += [P(x) for x in period_paras(form)]
    blocks += [head(7), P(DECL)] + labelled(7)
    blocks.append(P("Paraksts", TAB, "______________________", tabstop_cm=tab_cm))
    return Doc(blocks, header=header or [], footer=footer or [], title="1. pielikums",
               author=form["w"]["contact_name"], font=font, size_pt=size)


def doc_cellstack(form, act_kw=None, header=None, footer=None, font="Liberation Sans", size=10):
    """Each cell holds a bold label and, below it, the value; two fields side by side."""
    blocks = title_block(doc_title="PIETEIKUMA VEIDLAPA")
    W = [8.5, 8.5]

    def cell(key, paras):
        return C(P(("b", label(form, key))), *(paras or [""]))

    def grid(sec, wide=()):
        rows = []
        pending = []
        for key, paras in fields(form, sec):
            if key in wide:
                if pending:
                    rows.append(pending + [C("")])
                    pending = []
                rows.append(span_row(cell(key, paras), 2))
                continue
            pending.append(cell(key, paras))
            if len(pending) == 2:
                rows.append(pending)
                pending = []
        if pending:
            rows.append(pending + [C("")])
        return Table(W, rows)

    def head(sec):
        return P(("b", sec_title(sec, "upper")), kind="h2")

    blocks += [head(1), grid(1, wide=("municipality", "address")), head(2),
               grid(2, wide=("title", "current_measures", "goal")),
               head(3), activities_table(form, **(act_kw or {})),
               head(4), grid(4), head(5), grid(5, wide=()), head(6),
               Table(W, [span_row(C(P(("b", "Īstenošanas periods")), *period_paras(form)), 2)]),
               head(7), P(DECL), grid(7)]
    return Doc(blocks, header=header or [], footer=footer or [], title="Pieteikuma veidlapa",
               author=form["w"]["contact_name"], font=font, size_pt=size)


def doc_table3(form, act_kw=None, header=None, footer=None):
    """Three columns: item number | label | value; section rows span all three."""
    blocks = title_block()
    W = [1.4, 5.6, 10.0]

    def rows_for(sec):
        rows = [span_row(C(P(("b", sec_title(sec))), shade=True), 3)]
        for j, (key, paras) in enumerate(fields(form, sec), 1):
            rows.append([C(f"{sec}.{j}."), C(label(form, key)), C(*paras) if paras else C("")])
        return rows

    blocks.append(Table(W, rows_for(1) + rows_for(2)))
    blocks.append(P(("b", sec_title(3))))
    blocks.append(activities_table(form, **(act_kw or {})))
    blocks.append(P(""))
    rows = rows_for(4) + rows_for(5)
    rows.append(span_row(C(P(("b", sec_title(6))), shade=True), 3))
    rows.append([C("6.1."), C("Īstenošanas periods"), C(*period_paras(form))])
    s7 = rows_for(7)
    rows.append(s7[0])
    rows.append(span_row(C(DECL), 3))
    rows += s7[1:]
    blocks.append(Table(W, rows))
    return Doc(blocks, header=header or [], footer=footer or [], title="Pieteikuma veidlapa",
               author=form["w"]["contact_name"])


def doc_above_in_table(form, act_kw=None, header=None, footer=None):
    """Per section a table: a label row (number + bold label) and below it a value row."""
    blocks = title_block(sub=False)
    W = [1.6, 15.4]

    def tbl(sec):
        rows = []
        for j, (key, paras) in enumerate(fields(form, sec), 1):
            rows.append([C(P(("b", f"{sec}.{j}."))), C(P(("b", label(form, key))), shade=True)])
            rows.append([C(""), C(*paras) if paras else C("")])
        return Table(W, rows)

    def head(sec):
        return P(sec_title(sec), kind="h1")

    blocks += [head(1), tbl(1), head(2), tbl(2), head(3), activities_table(form, **(act_kw or {})),
               head(4), tbl(4), head(5), tbl(5), head(6),
               Table(W, [[C(P(("b", "6.1."))), C(P(("b", "Īstenošanas periods")), shade=True)],
                         [C(""), C(*period_paras(form))]]),
               head(7), P(DECL), tbl(7)]
    return Doc(blocks, header=header or [], footer=footer or [], title="Pieteikums",
               author=form["w"]["contact_name"])


def doc_mixed(form, act_kw=None, header=None, footer=None):
    """Section 1 as a borderless label/value table with lower-case labels; the rest `Label: value`."""
    blocks = title_block()
    rows = []
    for key, paras in fields(form, 1):
        rows.append([C(label(form, key, "lower") + ":"), C(P(("b", paras[0])) if paras else "")])
    blocks += [P(sec_title(1), kind="h1"), Table([6.8, 10.2], rows, borders=False)]

    def labelled(sec, case=None):
        out = []
        for key, paras in fields(form, sec):
            out.append(P(label(form, key, case) + ": ", ("b", paras[0] if paras else "")))
            out += [P(("b", x)) for x in paras[1:]]
        return out

    blocks += [P(sec_title(2), kind="h1")] + labelled(2)
    blocks += [P(sec_title(3), kind="h1"), activities_table(form, **(act_kw or {}))]
    blocks += [P(sec_title(4), kind="h1")] + labelled(4, "lower")
    blocks += [P(sec_title(5), kind="h1")] + labelled(5)
    blocks += [P(sec_title(6), kind="h1")] + [P(("b", x)) for x in period_paras(form)]
    blocks += [P(sec_title(7), kind="h1"), P(DECL)] + labelled(7)
    return Doc(blocks, header=header or [], footer=footer or [], title="Pieteikuma veidlapa",
               author=form["w"]["contact_name"])


# --------------------------------------------------------------------------- Markdown
def md_esc(s: str) -> str:
    """Keep '2019. gada …' from becoming an ordered list starting at 2019."""
    import re
    return re.sub(r"^(\d+)\. ", r"\1\\. ", s)


def md_cell(s: str) -> str:
    return s.replace("|", "\\|")


def md_acts_pipe(form, total=None):
    w = form["w"]
    lines = ["| " + " | ".join(ACT_HEAD) + " |", "|:--|:-------|:-----------|:------|------:|"]
    for i, a in enumerate(w["activities"], 1):
        lines.append(f"| {i}. | {md_cell(a[0])} | {md_cell(a[2])} | {md_cell(a[3])} | {a[4]} |")
    if total:
        lines.append(f"|  | **{total}** |  |  | **{w.get('activities_total', w['total'])}** |")
    return "\n".join(lines)


def md_pipe(form):
    """Pandoc Markdown: headerless two-column pipe tables per section."""
    out = ["::: {custom-style=\"Normal\"}", "1\\. pielikums", ":::", "",
           "# Pieteikuma veidlapa", ""]

    def tbl(sec):
        lines = ["|   |   |", "|:------------------|:----------------------------------------|"]
        for key, paras in fields(form, sec):
            val = "<br>".join(paras)
            lines.append(f"| **{label(form, key)}** | {md_cell(val)} |")
        return "\n".join(lines)

    for sec in (1, 2):
        out += [f"## {sec}. {SECTIONS[sec - 1]}", "", tbl(sec), ""]
    out += ["## 3. Plānotās aktivitātes", "", md_acts_pipe(form, total="Kopā"), ""]
    for sec in (4, 5):
        out += [f"## {sec}. {SECTIONS[sec - 1]}", "", tbl(sec), ""]
    out += ["## 6. Īstenošanas periods", "", "|   |   |", "|:------------------|:----------------------------------------|",
            f"| **Īstenošanas periods** | {' '.join(period_paras(form))} |", ""]
    out += ["## 7. Apliecinājums", "", DECL, "", tbl(7), ""]
    return "\n".join(out)


def grid_table(rows, widths):
    """Pandoc grid table; each cell is a list of paragraphs, each paragraph wrapped to the width."""
    import textwrap

    def cell_lines(paras, w):
        lines = []
        for k, p in enumerate(paras):
            if k:
                lines.append("")
            lines += textwrap.wrap(p, w, break_long_words=False, break_on_hyphens=False) or [""]
        return lines

    cells = [[cell_lines(c, w) for c, w in zip(row, widths)] for row in rows]
    widths = [max([w] + [len(line) for r in cells for line in r[i]]) for i, w in enumerate(widths)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for cols in cells:
        h = max(len(c) for c in cols)
        for i in range(h):
            out.append("|" + "|".join(" " + (c[i] if i < len(c) else "").ljust(w) + " "
                                      for c, w in zip(cols, widths)) + "|")
        out.append(sep)
    return "\n".join(out)


def md_grid(form):
    w = form["w"]
    out = ["**1. pielikums**", "", "**PIETEIKUMA VEIDLAPA**", ""]

    def tbl(sec):
        rows = [[[f"**{label(form, k)}**"], [md_esc(x) for x in p] or [""]] for k, p in fields(form, sec)]
        return grid_table(rows, [30, 52])

    for sec in (1, 2):
        out += [f"### {sec}. {SECTIONS[sec - 1]}", "", tbl(sec), ""]
    out += ["### 3. Plānotās aktivitātes", ""]
    rows = [[["**" + h + "**"] for h in ACT_HEAD]]
    for i, a in enumerate(w["activities"], 1):
        rows.append([[f"{i}\\."], [md_esc(a[0])], [md_esc(a[2])], [md_esc(a[3])], [a[4]]])
    out += [grid_table(rows, [4, 20, 28, 12, 12]), ""]
    for sec in (4, 5):
        out += [f"### {sec}. {SECTIONS[sec - 1]}", "", tbl(sec), ""]
    out += ["### 6. Īstenošanas periods", ""] + [p + "\\" if i < len(period_paras(form)) - 1 else p
                                                 for i, p in enumerate(period_paras(form))] + [""]
    out += ["### 7. Apliecinājums", "", DECL, "", tbl(7), ""]
    return "\n".join(out)


def md_above(form):
    """Bold label paragraph, value in the next paragraph(s); pipe table for activities."""
    w = form["w"]
    out = ["1\\. pielikums", "", "# Pieteikuma veidlapa", ""]

    def labelled(sec):
        lines = []
        for key, paras in fields(form, sec):
            lines += [f"**{label(form, key)}**", ""]
            for p in paras:
                lines += [md_esc(p), ""]
        return lines

    for sec in (1, 2):
        out += [f"## {sec}. {SECTIONS[sec - 1]}", ""] + labelled(sec)
    out += ["## 3. Plānotās aktivitātes", "", md_acts_pipe(form), ""]
    for sec in (4, 5):
        out += [f"## {sec}. {SECTIONS[sec - 1]}", ""] + labelled(sec)
    out += ["## 6. Īstenošanas periods", ""] + sum(([md_esc(p), ""] for p in period_paras(form)), [])
    out += ["## 7. Apliecinājums", "", DECL, ""] + labelled(7)
    return "\n".join(out)


def md_deflist(form):
    """Pandoc definition lists: term = label, definition = value (one per paragraph)."""
    out = ["---", "title: Pieteikuma veidlapa", "subtitle: 1. pielikums", "lang: lv-LV", "---", ""]

    def deflist(sec):
        lines = []
        for key, paras in fields(form, sec):
            lines.append(label(form, key))
            for p in paras or [""]:
                lines.append(":   " + md_esc(p))
                lines.append("")
        return lines

    for sec in (1, 2):
        out += [f"# {sec}. {SECTIONS[sec - 1]}", ""] + deflist(sec)
    out += ["# 3. Plānotās aktivitātes", "", md_acts_pipe(form), ""]
    for sec in (4, 5):
        out += [f"# {sec}. {SECTIONS[sec - 1]}", ""] + deflist(sec)
    out += ["# 6. Īstenošanas periods", "", " ".join(period_paras(form)), ""]
    out += ["# 7. Apliecinājums", "", DECL, ""] + deflist(7)
    return "\n".join(out)


def doc_sec_tables(form, sec_style="upper", heading="bold", borders=True, numbered_labels=False,
                   act_kw=None, header=None, footer=None, font="Liberation Serif", size=11, widths=(6.5, 10.5)):
    """Section headings as paragraphs; each section's fields in its own two-column table."""
    blocks = title_block()

    def head(sec):
        if heading == "bold":
            return P(("b", sec_title(sec, sec_style)), keep_next=True)
        return P(sec_title(sec, sec_style), kind=heading)

    def tbl(sec):
        rows = []
        for j, (key, paras) in enumerate(fields(form, sec), 1):
            lab = label(form, key)
            if numbered_labels:
                lab = f"{sec}.{j}. {lab}"
            rows.append([C(P(("b", lab))), C(*paras) if paras else C("")])
        return Table(list(widths), rows, borders=borders)

    blocks += [head(1), tbl(1), head(2), tbl(2), head(3), activities_table(form, **(act_kw or {})),
               head(4), tbl(4), head(5), tbl(5), head(6),
               Table(list(widths), [[C(P(("b", "Īstenošanas periods"))), C(*period_paras(form))]], borders=borders),
               head(7), P(DECL, align="justify"), tbl(7)]
    return Doc(blocks, header=header or [], footer=footer or [], title="Pieteikuma veidlapa",
               author=form["w"]["contact_name"], font=font, size_pt=size)
