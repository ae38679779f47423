"""Content of the 18 Annex 1 forms of set C.

Each form is described twice: `w` holds the strings exactly as they are typed into the document
(labels chosen per form, amounts/dates/phones in the form's own style), `e` holds what a perfect
reader should return.  Running this module writes make/forms.json, which every generator reads.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

NBSP = "\u00a0"

KIND_TEXT = {
    "diaspora_information": "diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā",
    "specialist_training": "pašvaldību speciālistu apmācības par remigrācijas jautājumiem",
    "information_materials": "informatīvu materiālu sagatavošana, sabiedriskās attiecības",
    "diaspora_visits": "vizītes pie diasporas",
    "seminars": "semināri un apmācības",
}

MONTHS = {  # nominative, genitive, dative, locative
    1: ("janvāris", "janvāra", "janvārim", "janvārī"),
    2: ("februāris", "februāra", "februārim", "februārī"),
    3: ("marts", "marta", "martam", "martā"),
    4: ("aprīlis", "aprīļa", "aprīlim", "aprīlī"),
    5: ("maijs", "maija", "maijam", "maijā"),
    6: ("jūnijs", "jūnija", "jūnijam", "jūnijā"),
    7: ("jūlijs", "jūlija", "jūlijam", "jūlijā"),
    8: ("augusts", "augusta", "augustam", "augustā"),
    9: ("septembris", "septembra", "septembrim", "septembrī"),
    10: ("oktobris", "oktobra", "oktobrim", "oktobrī"),
    11: ("novembris", "novembra", "novembrim", "novembrī"),
    12: ("decembris", "decembra", "decembrim", "decembrī"),
}
CASE = {"nom": 0, "gen": 1, "dat": 2, "loc": 3}


def date_w(iso: str, style: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}."
    if style == "dot_nodot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "iso":
        return iso
    return f"{y}. gada {d}. {MONTHS[m][CASE[style]]}"


def amount_w(value: str, style: str) -> str:
    v = Decimal(value)
    whole = int(v)
    cents = f"{v:.2f}".split(".")[1]
    grouped = f"{whole:,}".replace(",", " ")
    if style == "sp":          # 10 000
        assert cents == "00"
        return grouped
    if style == "spc":         # 9 500,00
        return f"{grouped},{cents}"
    if style == "spceur":      # 9 500,00 EUR
        return f"{grouped},{cents} EUR"
    if style == "speur":       # 9 500 EUR
        assert cents == "00"
        return f"{grouped} EUR"
    if style == "dot":         # 9500.00 EUR
        return f"{whole}.{cents} EUR"
    if style == "dotplain":    # 9500.00
        return f"{whole}.{cents}"
    if style == "euro":        # € 9 500
        assert cents == "00"
        return f"€ {grouped}"
    if style == "dash":        # 9 500,- EUR
        assert cents == "00"
        return f"{grouped},- EUR"
    if style == "nbsp":        # 9 500,00 with NBSP
        return f"{grouped.replace(' ', NBSP)},{cents}"
    if style == "nbspeur":
        return f"{grouped.replace(' ', NBSP)},{cents} EUR"
    if style == "plain":       # 9500
        assert cents == "00"
        return str(whole)
    raise ValueError(style)


def phone_e(written: str) -> str:
    digits = "".join(c for c in written if c.isdigit())
    if digits.startswith("371") and len(digits) == 11:
        digits = digits[3:]
    assert len(digits) == 8, written
    return "+371" + digits


def regno_e(written: str) -> str:
    digits = "".join(c for c in written if c.isdigit())
    assert len(digits) == 11 and digits.startswith("900"), written
    return digits


def money(v) -> str:
    return f"{Decimal(str(v)):.2f}"


def build(spec: dict) -> dict:
    """Turn a compact spec into {"w": written strings, "e": expected form}."""
    acts_w, acts_e = [], []
    for a in spec["activities"]:
        kind_text = a["kind_text"]
        acts_w.append({
            "kind": kind_text,
            "description": a["description"],
            "period": a.get("period"),
            "cost": amount_w(a["cost"], a.get("cost_style", spec["act_style"])),
            "extra": a.get("extra"),
        })
        acts_e.append({
            "kind": a["kind"],
            "description": a["description"],
            "period": a.get("period"),
            "cost_eur": money(a["cost"]),
        })
    act_sum = sum(Decimal(str(a["cost"])) for a in spec["activities"])
    total = Decimal(str(spec.get("total", act_sum)))
    requested = Decimal(str(spec["requested"]))
    cofin = spec.get("cofinancing")
    st = spec["amount_style"]
    ps, pe = spec["period"]
    w = {
        "municipality": spec["municipality_w"],
        "registration_no": spec["regno_w"],
        "address": spec.get("address"),
        "planning_region": spec["region_w"],
        "contact_name": spec["contact_name"],
        "contact_position": spec.get("contact_position"),
        "contact_phone": spec["phone_w"],
        "contact_email": spec.get("email"),
        "title": spec["title"],
        "current_measures": spec.get("current_measures"),
        "goal": spec.get("goal"),
        "activities": acts_w,
        "activities_total": amount_w(str(spec.get("act_total_row", act_sum)), spec["act_style"]),
        "target_remigrants": None if spec.get("target_remigrants") is None else str(spec["target_remigrants"]),
        "target_reached": None if spec.get("target_reached") is None else str(spec["target_reached"]),
        "total_cost": amount_w(str(total), st),
        "requested": amount_w(str(requested), st),
        "cofinancing": None if cofin is None else amount_w(str(cofin), st),
        "period": spec["period_w"],
        "signed_on": None if spec.get("signed") is None else date_w(spec["signed"], spec["signed_style"]),
        "signatory_name": spec.get("sig_name"),
        "signatory_position": spec.get("sig_position"),
    }
    e = {
        "municipality": spec["municipality"],
        "registration_no": regno_e(spec["regno_w"]),
        "address": spec.get("address"),
        "planning_region": spec["region"],
        "contact_name": spec["contact_name"],
        "contact_position": spec.get("contact_position"),
        "contact_phone": phone_e(spec["phone_w"]),
        "contact_email": spec.get("email"),
        "title": spec["title"],
        "current_measures": spec.get("current_measures"),
        "goal": spec.get("goal"),
        "activities": acts_e,
        "target_remigrants": spec.get("target_remigrants"),
        "target_reached": spec.get("target_reached"),
        "total_cost_eur": money(total),
        "requested_eur": money(requested),
        "cofinancing_eur": money(cofin if cofin is not None else 0),
        "period_start": ps,
        "period_end": pe,
        "signed_on": spec.get("signed"),
        "signatory_name": spec.get("sig_name"),
        "signatory_position": spec.get("sig_position"),
    }
    return {"file": spec["file"], "producer": spec["producer"], "layout": spec["layout"],
            "mistake": spec.get("mistake"), "w": w, "e": e}


K = KIND_TEXT

SPECS: list[dict] = [
    # ------------------------------------------------------------------ c01
    dict(
        file="c01_kuldiga_docxjs_table.docx", producer="docx (npm) 9.15.2",
        layout="2-column bordered label/value table per section, section headings numbered, letterhead header, 'Lapa X no Y' footer, activities table with Kopā row",
        municipality="Kuldīgas novads", municipality_w="Kuldīgas novada pašvaldība",
        regno_w="90000035590", address="Baznīcas iela 1, Kuldīga, Kuldīgas novads, LV-3301",
        region="Kurzeme", region_w="Kurzemes plānošanas reģions",
        contact_name="Inese Kalniņa", contact_position="Attīstības nodaļas projektu vadītāja",
        phone_w="63322469", email="inese.kalnina@kuldiga.lv",
        title="Kuldīga gaida mājās",
        current_measures="Kopš 2018. gada pašvaldības tīmekļvietnē ir sadaļa remigrantiem, bet Kuldīgas novada Bērnu un jauniešu centrā darbojas latviešu valodas nodarbības atgriezušos ģimeņu bērniem. Nodarbinātības jautājumos konsultē Attīstības nodaļa.",
        goal="Veicināt Kuldīgas novadā dzimušo ārvalstīs dzīvojošo cilvēku atgriešanos, sniedzot viņiem vienuviet ticamu informāciju par darba, mājokļa un izglītības iespējām novadā.",
        act_style="spc", amount_style="spceur",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā",
                 description="Tiešsaistes informatīvās sesijas diasporai Īrijā un Lielbritānijā (4 sesijas)", period="10.2019.–02.2020.", cost="2400"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības",
                 description="Buklets „Dzīve Kuldīgā” latviešu un angļu valodā, 1000 eksemplāri, un video stāsti par atgriezušos ģimenēm", period="11.2019.–03.2020.", cost="3150"),
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas",
                 description="Pašvaldības pārstāvju vizīte Latviešu biedrības pasākumā Dublinā", period="03.2020.", cost="2850"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem",
                 description="Apmācības sociālā dienesta un izglītības pārvaldes darbiniekiem", period="12.2019.", cost="600"),
        ],
        target_remigrants=12, target_reached=1500,
        requested="8000", cofinancing="1000",
        period=("2019-10-01", "2020-05-31"), period_w="no 01.10.2019. līdz 31.05.2020.",
        signed="2019-09-16", signed_style="dot",
        sig_name="Inga Bērziņa", sig_position="Kuldīgas novada domes priekšsēdētāja",
    ),
    # ------------------------------------------------------------------ c02
    dict(
        file="c02_daugavpils_docxjs_3col_noborders.docx", producer="docx (npm) 9.15.2",
        layout="3-column borderless table with number column (1.1., 1.2. …), uppercase labels, activities table with two-row merged header and extra 'Atbildīgais' column, Kopā row",
        municipality="Daugavpils", municipality_w="Daugavpils pilsētas dome",
        regno_w="9000 007 7325", address="Krišjāņa Valdemāra iela 1, Daugavpils, LV-5401",
        region="Latgale", region_w="Latgales plānošanas reģions",
        contact_name="Jeļena Ivanova", contact_position="Sabiedrisko attiecību speciāliste",
        phone_w="+371 65 404 344", email="jelena.ivanova@daugavpils.lv",
        title="Atgriezies Daugavpilī!",
        current_measures="Pilsētas domē kopš 2019. gada ir remigrācijas kontaktpersona. Daugavpils Universitāte piedāvā bezmaksas konsultācijas par studiju iespējām atgriezušos ģimeņu jauniešiem.",
        goal="Sniegt diasporai pilnīgu informāciju par darba un uzņēmējdarbības iespējām Daugavpilī un sagatavot pašvaldības darbiniekus remigrantu atbalstam.",
        act_style="nbsp", amount_style="nbspeur",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana",
                 description="Informatīvi vebināri par darba tirgu, nodokļiem un mājokļiem", period="2019. gada novembris – 2020. gada marts", cost="1800", extra="Attīstības departaments"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem",
                 description="Divu dienu apmācības 20 pašvaldības speciālistiem", period="2020. gada janvāris", cost="1450.50", extra="Personāla nodaļa"),
            dict(kind="seminars", kind_text="Semināri un apmācības",
                 description="Seminārs „Uzņēmējdarbības uzsākšana Latgalē” atgriezušajiem", period="2020. gada aprīlis", cost="2249.50", extra="Biznesa inkubators"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana",
                 description="Tīmekļvietnes sadaļas izveide un reklāma sociālajos tīklos", period="2019. gada oktobris – 2020. gada maijs", cost="3500", extra="Sabiedrisko attiecību nodaļa"),
        ],
        target_remigrants=25, target_reached=4000,
        requested="9000", cofinancing="0",
        period=("2019-10-01", "2020-05-31"), period_w="no 2019. gada 1. oktobra līdz 2020. gada 31. maijam",
        signed="2019-09-20", signed_style="loc",
        sig_name="Andrejs Elksniņš", sig_position="Domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c03
    dict(
        file="c03_smiltene_docxjs_paragraphs.docx", producer="docx (npm) 9.15.2",
        layout="'Label: value' paragraphs with bold label runs (no tables outside section 3), labels without numbering, multi-paragraph free text with typed dashes, activities table with Pavisam row, amounts '€ 9 500'",
        municipality="Smiltenes novads", municipality_w="Smiltenes novada dome",
        regno_w="90009067805", address="Dārza iela 3, Smiltene, Smiltenes novads, LV-4729",
        region="Vidzeme", region_w="Vidzemes",
        contact_name="Līga Ozoliņa", contact_position="Remigrācijas koordinatore",
        phone_w="29 456 781", email="liga.ozolina@smiltene.lv",
        title="Smiltene – vieta, kur atgriezties",
        current_measures="Pašvaldībā jau darbojas: - bezmaksas latviešu valodas nodarbības bērniem, kuri atgriezušies no ārvalstīm; - konsultācijas par uzņēmējdarbības atbalsta programmām; - vienreizējs pabalsts jaundzimušo ģimenēm.",
        goal="Palielināt to Smiltenes novada iedzīvotāju skaitu, kuri atgriežas no ārvalstīm, un sniegt viņiem personalizētu atbalstu pirmajā gadā pēc atgriešanās.",
        act_style="euro", amount_style="euro",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā",
                 description="Personalizēti piedāvājumi un konsultācijas e-pastā un videozvanos", period="10.2019.–05.2020.", cost="2500"),
            dict(kind="information_materials", kind_text="Sabiedriskās attiecības un informatīvu materiālu sagatavošana",
                 description="Stāstu sērija par atgriezušos ģimenēm reģionālajā presē un sociālajos tīklos", period="11.2019.–04.2020.", cost="2000"),
            dict(kind="seminars", kind_text="Semināri un apmācības",
                 description="Seminārs uzņēmējiem par darbinieku piesaisti no diasporas", period="02.2020.", cost="1500"),
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas",
                 description="Dalība Latviešu dienās Londonā", period="05.2020.", cost="3500"),
        ],
        target_remigrants=10, target_reached=800,
        requested="9500", cofinancing=None,
        period=("2019-10-01", "2020-05-31"), period_w="01.10.2019.–31.05.2020.",
        signed="2019-09-18", signed_style="iso",
        sig_name="Gints Kukainis", sig_position="domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c04
    dict(
        file="c04_bauska_docxjs_label_above.docx", producer="docx (npm) 9.15.2",
        layout="label above value (bold label paragraph, value paragraph below), 8-row activities table with repeated header row that breaks across pages, written-out dates, footer page numbers",
        municipality="Bauskas novads", municipality_w="Bauskas novada pašvaldība",
        regno_w="90009116327", address="Uzvaras iela 1, Bauska, Bauskas novads, LV-3901",
        region="Zemgale", region_w="Zemgales plānošanas reģions",
        contact_name="Kristīne Grāvere", contact_position="Projektu koordinatore",
        phone_w="+37163922238", email="kristine.gravere@bauska.lv",
        title="Bauskas novads – mājas arī tev",
        current_measures="Pašvaldības sociālais dienests konsultē remigrantu ģimenes, Bauskas novada Izglītības pārvalde organizē papildu latviešu valodas stundas skolēniem, kuri atgriezušies no ārvalstīm.",
        goal="Izveidot pastāvīgu informācijas un atbalsta sistēmu remigrantiem un diasporai, kas vēlas atgriezties Bauskas novadā.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Informatīvā kampaņa diasporas medijos", period="2019. gada oktobris", cost="900"),
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Tiešsaistes tikšanās ar novadniekiem Vācijā un Norvēģijā", period="2019. gada novembris – decembris", cost="1100"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Remigrantu ceļveža sagatavošana un maketēšana", period="2019. gada novembris", cost="1350"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Ceļveža tulkošana angļu valodā un druka", period="2019. gada decembris", cost="950"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", description="Apmācības pagastu pārvalžu darbiniekiem", period="2020. gada janvāris", cost="800"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Seminārs darba devējiem par remigrantu nodarbināšanu", period="2020. gada februāris", cost="1200"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Praktiskas apmācības atgriezušos ģimenēm par pašvaldības pakalpojumiem", period="2020. gada marts", cost="700"),
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas", description="Vizīte pie novadnieku kopienas Oslo", period="2020. gada aprīlis", cost="2500"),
        ],
        target_remigrants=20, target_reached=2500,
        requested="8500", cofinancing="1000",
        period=("2019-10-01", "2020-04-30"), period_w="no 2019. gada 1. oktobra līdz 2020. gada 30. aprīlim",
        signed="2019-09-12", signed_style="loc",
        sig_name="Aivars Okmanis", sig_position="Bauskas novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c05
    dict(
        file="c05_kekava_htmldocxjs_altchunk.docx", producer="html-docx-js 0.3.1 (altChunk: the HTML is embedded as afchunk.mht, document.xml holds no text)",
        layout="HTML form converted by html-docx-js: whole body is an altChunk MHT part; label/value table with colons, activities table, 'Pieprasītā summa' variant",
        municipality="Ķekavas novads", municipality_w="Ķekavas novada pašvaldība",
        regno_w="90000048491", address="Gaismas iela 19 k-9, Ķekava, Ķekavas novads, LV-2123",
        region="Rīga", region_w="Rīgas plānošanas reģions",
        contact_name="Elīna Rozenberga", contact_position="Sabiedrisko attiecību nodaļas vadītāja",
        phone_w="67935810", email="elina.rozenberga@kekava.lv",
        title="Ķekava sauc mājās",
        current_measures="Ķekavas novada pašvaldība remigrantiem nodrošina vietas pirmsskolas izglītības iestādēs prioritārā kārtā un konsultācijas par dzīvesvietas deklarēšanu.",
        goal="Informēt diasporu par dzīves un darba iespējām Pierīgā un sagatavot pašvaldības speciālistus remigrantu konsultēšanai.",
        act_style="dotplain", amount_style="dot",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana", description="Virtuālas informatīvās dienas diasporai", period="11.2019.–01.2020.", cost="2000"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības", description="Apmācības klientu apkalpošanas centra darbiniekiem", period="12.2019.", cost="1200"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Informatīvs video un bukleti", period="01.2020.–03.2020.", cost="2600"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Seminārs „Atgriešanās ceļvedis” ģimenēm", period="04.2020.", cost="1700"),
        ],
        target_remigrants=15, target_reached=2000,
        requested="7500", cofinancing="0",
        period=("2019-11-01", "2020-04-30"), period_w="no 01.11.2019. līdz 30.04.2020.",
        signed="2019-10-02", signed_style="dot",
        sig_name="Valdis Veips", sig_position="domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c06
    dict(
        file="c06_sigulda_officegen.docx", producer="officegen 0.6.5",
        layout="officegen: headings + label paragraphs with value on the next line, simple activities table (no total row), budget as 'Label: value' lines; MISTAKE requested 12 000 > 10 000",
        mistake="requested_eur 12000.00 exceeds the 10 000 EUR maximum",
        municipality="Siguldas novads", municipality_w="Siguldas novada pašvaldība",
        regno_w="90000048152", address="Pils iela 16, Sigulda, Siguldas novads, LV-2150",
        region="Rīga", region_w="Rīgas",
        contact_name="Mārtiņš Krūmiņš", contact_position="Attīstības pārvaldes vadītājs",
        phone_w="+371 67970844", email="martins.krumins@sigulda.lv",
        title="Sigulda – atgriešanās iespēju pilsēta",
        current_measures="Siguldā darbojas uzņēmējdarbības konsultāciju centrs, kas konsultē arī remigrantus.",
        goal="Sasniegt diasporu ar mērķētu informāciju un organizēt klātienes tikšanās ārvalstīs.",
        act_style="speur", amount_style="speur",
        activities=[
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas", description="Vizītes pie diasporas Vācijā un Zviedrijā", period="02.2020.–04.2020.", cost="6000"),
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana", description="Informatīva kampaņa sociālajos tīklos", period="10.2019.–05.2020.", cost="3000"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Semināri atgriezušos iedzīvotājiem", period="03.2020.", cost="3000"),
        ],
        target_remigrants=30, target_reached=5000,
        requested="12000", cofinancing=None,
        period=("2019-10-01", "2020-05-31"), period_w="01.10.2019. – 31.05.2020.",
        signed="2019-09-27", signed_style="dot_nodot",
        sig_name="Uģis Mitrevics", sig_position="Siguldas novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c07
    dict(
        file="c07_talsi_odfpy_lo_nested.docx", producer="odfpy 1.4 (.odt) converted to .docx by LibreOffice",
        layout="outer one-column table per section with nested label/value tables inside the cells, free text merged across cells, activities as a nested table with Kopā row, label variants 'Reģ. Nr.', 'Tālr.', 'E-pasta adrese'",
        municipality="Talsu novads", municipality_w="Talsu novada pašvaldība",
        regno_w="90009113532", address="Kareivju iela 7, Talsi, Talsu novads, LV-3201",
        region="Kurzeme", region_w="Kurzemes",
        contact_name="Sandra Eglīte", contact_position="Talsu novada remigrācijas koordinatore",
        phone_w="63232110", email="sandra.eglite@talsi.lv",
        title="Talsu novads – jūra, meži un darbs",
        current_measures="Talsu novadā remigrantiem ir pieejamas bezmaksas konsultācijas novada Uzņēmējdarbības atbalsta centrā un informācija pašvaldības tīmekļvietnē.",
        goal="Stiprināt saikni ar novadniekiem ārvalstīs un palīdzēt viņiem pieņemt lēmumu par atgriešanos.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Ikmēneša e-pasta apkārtraksts novadniekiem ārvalstīs", period="10.2019.–05.2020.", cost="1200"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Video par darba vietām Talsu novada uzņēmumos", period="12.2019.–02.2020.", cost="2750"),
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas", description="Tikšanās ar latviešu kopienu Briselē", period="04.2020.", cost="3300"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", description="Pieredzes apmaiņa ar Vidzemes plānošanas reģiona remigrācijas koordinatoru", period="11.2019.", cost="750"),
        ],
        target_remigrants=8, target_reached=1200,
        requested="7200", cofinancing="800",
        period=("2019-10-01", "2020-05-31"), period_w="no 01.10.2019. līdz 31.05.2020.",
        signed="2019-09-25", signed_style="dot",
        sig_name="Aivars Lācarus", sig_position="Talsu novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c08
    dict(
        file="c08_ludza_docxjs_landscape.docx", producer="docx (npm) 9.15.2",
        layout="portrait section with 2-column shaded-label table, then a landscape section for the activities table (extra 'Atbildīgais' and 'Rezultāts' columns, Kopā row), then portrait again; MISTAKE total 9 800 ≠ activity sum 9 300",
        mistake="total_cost_eur 9800.00 does not equal the sum of activity costs 9300.00",
        municipality="Ludzas novads", municipality_w="Ludzas novada pašvaldība",
        regno_w="90000017738", address="Raiņa iela 16, Ludza, Ludzas novads, LV-5701",
        region="Latgale", region_w="Latgales plānošanas reģions",
        contact_name="Aiga Jansone", contact_position="Plānošanas un attīstības nodaļas vadītāja",
        phone_w="+371 29 617 503", email="aiga.jansone@ludza.lv",
        title="Ludza – tuvāk mājām",
        current_measures="Ludzas novada pašvaldība sniedz konsultācijas par pieejamajiem dzīvokļiem pašvaldības dzīvojamajā fondā un par darba vietām novada uzņēmumos.",
        goal="Informēt Ludzas novada izcelsmes diasporu par atgriešanās iespējām un uzlabot pašvaldības darbinieku prasmes darbā ar remigrantiem.",
        act_style="spc", amount_style="spc",
        total="9800", act_total_row="9300",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Informatīvas tiešsaistes tikšanās ar diasporu", period="11.2019.–03.2020.", cost="2100", extra="Attīstības nodaļa|60 dalībnieki"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Informatīvs izdevums „Atgriezies Ludzā” un publikācijas", period="12.2019.–02.2020.", cost="2400", extra="Sabiedrisko attiecību speciālists|1 izdevums"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", description="Apmācības 15 pašvaldības speciālistiem", period="01.2020.", cost="1300", extra="Personāla speciālists|15 apmācīti"),
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas", description="Vizīte pie Latgales diasporas Anglijā", period="04.2020.", cost="3500", extra="Domes priekšsēdētāja vietnieks|1 vizīte"),
        ],
        target_remigrants=10, target_reached=900,
        requested="9000", cofinancing="800",
        period=("2019-11-01", "2020-05-31"), period_w="no 01.11.2019. līdz 31.05.2020.",
        signed="2019-10-08", signed_style="dot",
        sig_name="Edgars Mekšs", sig_position="Ludzas novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c09
    dict(
        file="c09_jurmala_docxjs_blankform.docx", producer="docx (npm) 9.15.2",
        layout="'blank form' style: one big table, section heading rows merged across 4 columns, label cells shaded, two label/value pairs per row for short fields (Tālrunis | value | E-pasts | value), free-text value in a merged row below its label",
        municipality="Jūrmala", municipality_w="Jūrmalas pilsētas dome",
        regno_w="90000056357", address="Jomas iela 1/5, Jūrmala, LV-2015",
        region="Rīga", region_w="Rīgas plānošanas reģions",
        contact_name="Dace Zariņa", contact_position="Jūrmalas pilsētas domes Attīstības pārvaldes projektu vadītāja",
        phone_w="67093816", email="dace.zarina@jurmala.lv",
        title="Jūrmala – pilsēta, kurā atgriezties",
        current_measures=None,
        goal="Popularizēt Jūrmalu kā dzīvesvietu un darba vietu diasporas ģimenēm, kuras apsver atgriešanos Latvijā.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Informatīvu tikšanos cikls diasporas organizācijās tiešsaistē", period="2019-11-01 – 2020-02-29", cost="2800"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Jūrmalas remigrācijas tīmekļa lapas satura izstrāde", period="2019-12-01 – 2020-03-31", cost="3100"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Seminārs par uzņēmējdarbības uzsākšanu Jūrmalā", period="2020-03-15 – 2020-04-15", cost="1900.75"),
        ],
        target_remigrants=None, target_reached=3000,
        requested="7800.75", cofinancing="0",
        period=("2019-11-01", "2020-04-30"), period_w="2019-11-01 – 2020-04-30",
        signed="2019-10-14", signed_style="iso",
        sig_name="Gatis Truksnis", sig_position="Jūrmalas pilsētas domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c10
    dict(
        file="c10_valmiera_pdfmake.pdf", producer="pdfmake 0.3.11",
        layout="pdfmake: header with letterhead line and page numbers 'Lpp. X/Y', 2-column bordered tables with grey label cells, numbered labels '1.1.' inside label cells, activities table (dontBreakRows, repeated header) with Kopā row",
        municipality="Valmiera", municipality_w="Valmieras pilsētas pašvaldība",
        regno_w="90000043403", address="Lāčplēša iela 2, Valmiera, LV-4201",
        region="Vidzeme", region_w="Vidzemes plānošanas reģions",
        contact_name="Ilze Vītola", contact_position="Sabiedrisko attiecību nodaļas vadītāja",
        phone_w="64207120", email="ilze.vitola@valmiera.lv",
        title="Valmiera gaida atpakaļ",
        current_measures="Valmieras pilsētas pašvaldība kopš 2018. gada sadarbojas ar Vidzemes plānošanas reģiona remigrācijas koordinatoru un piedāvā remigrantu bērniem vietas bērnudārzos ārpus kārtas.",
        goal="Informēt diasporu par Valmieras darba tirgu un palielināt atgriezušos ģimeņu skaitu.",
        act_style="sp", amount_style="sp",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Informatīvie vebināri un personalizēti piedāvājumi diasporai", period="10.2019.–04.2020.", cost="3000"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Video sērija „Valmierā atgriezušies”", period="11.2019.–02.2020.", cost="2500"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", description="Apmācības pašvaldības iestāžu darbiniekiem", period="01.2020.", cost="1000"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Seminārs Valmieras uzņēmējiem par darbinieku piesaisti no ārvalstīm", period="03.2020.", cost="1500"),
        ],
        target_remigrants=18, target_reached=3500,
        requested="8000", cofinancing="0",
        period=("2019-10-01", "2020-04-30"), period_w="no 01.10.2019. līdz 30.04.2020.",
        signed="2019-09-19", signed_style="dot",
        sig_name="Jānis Baiks", sig_position="Valmieras pilsētas domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c11
    dict(
        file="c11_jelgava_jspdf.pdf", producer="jsPDF 4.2.1",
        layout="jsPDF hand-placed text: bold label on one line, value on the next line indented; activities table drawn with lines; 'Pieteicējs', 'Nodokļu maksātāja reģistrācijas kods', 'Atbildīgā persona', 'Telefons' variants; amounts '9 500,- EUR'",
        municipality="Jelgava", municipality_w="Jelgavas pilsētas dome",
        regno_w="90000042516", address="Lielā iela 11, Jelgava, LV-3001",
        region="Zemgale", region_w="Zemgales plānošanas reģions",
        contact_name="Raimonds Lācis", contact_position="Attīstības un pilsētplānošanas pārvaldes projektu vadītājs",
        phone_w="63005531", email="raimonds.lacis@dome.jelgava.lv",
        title="Jelgava – pilsēta atgriešanās stāstiem",
        current_measures="Jelgavas reģionālais tūrisma centrs un pašvaldības iestāde „Kultūra” informē par pasākumiem, kuros piedalās atgriezušies iedzīvotāji.",
        goal="Veidot un uzturēt pastāvīgu saziņu ar jelgavniekiem ārvalstīs.",
        act_style="dash", amount_style="dash",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana", description="Jelgavnieku diasporas datubāzes izveide un regulāras ziņas", period="10.2019.–05.2020.", cost="2000"),
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas", description="Vizīte Jāņu svinībās Dublinā", period="06.2020.", cost="4000"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana", description="Bukleti un plakāti latviešu skolām ārvalstīs", period="12.2019.", cost="1500"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Seminārs atgriezušos ģimenēm", period="03.2020.", cost="1000"),
        ],
        target_remigrants=20, target_reached=2200,
        requested="8500", cofinancing=None,
        period=("2019-10-01", "2020-06-30"), period_w="no 2019. gada 1. oktobra līdz 2020. gada 30. jūnijam",
        signed="2019-09-30", signed_style="nom",
        sig_name="Andris Rāviņš", sig_position="Jelgavas pilsētas domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c12
    dict(
        file="c12_liepaja_pdfkit.pdf", producer="pdfkit 0.20.2",
        layout="pdfkit: 3-column bordered table (Nr. | label | value) drawn by hand, labels with trailing colons, activities table with Pavisam row; MISTAKE no e-mail line and one activity of an unsupported kind ('Biroja tehnikas iegāde' → kind null)",
        mistake="contact_email missing; activity 3 kind 'Biroja tehnikas iegāde' is not one of the five kinds",
        municipality="Liepāja", municipality_w="Liepājas pilsētas dome",
        regno_w="90000063187", address="Rožu iela 6, Liepāja, LV-3401",
        region="Kurzeme", region_w="Kurzemes plānošanas reģions",
        contact_name="Gunta Pētersone", contact_position="Remigrācijas koordinatore",
        phone_w="+371 634 04 750", email=None,
        title="Liepāja – atgriezies pie jūras",
        current_measures="Liepājas pilsētas pašvaldība piedāvā konsultācijas uzņēmējdarbības uzsākšanai un latviešu valodas apguvi bērniem.",
        goal="Informēt diasporu par Liepājas iespējām un nodrošināt remigrācijas koordinatora darbam nepieciešamos resursus.",
        act_style="spc", amount_style="spceur",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Informatīvas kampaņas diasporas medijos un sociālajos tīklos", period="10.2019.–03.2020.", cost="3000"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Liepājas remigrantu rokasgrāmata", period="11.2019.–01.2020.", cost="2200"),
            dict(kind=None, kind_text="Biroja tehnikas iegāde", description="Portatīvais dators un projektors remigrācijas koordinatoram", period="10.2019.", cost="1800"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Semināri potenciālajiem remigrantiem tiešsaistē", period="02.2020.–04.2020.", cost="2000"),
        ],
        target_remigrants=15, target_reached=2500,
        requested="9000", cofinancing="0",
        period=("2019-10-01", "2020-04-30"), period_w="no 01.10.2019. līdz 30.04.2020.",
        signed="2019-09-23", signed_style="dot",
        sig_name="Jānis Vilnītis", sig_position="Liepājas pilsētas domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c13
    dict(
        file="c13_rezeknes_groff_2col.pdf", producer="groff 1.22.4 -ms -t -Tpdf (gropdf, TeX Gyre Heros/Termes Type 1 fonts)",
        layout="groff ms: sections 1–2 typeset in two columns (.2C) as 'Label: value' paragraphs, then full-width tbl activities table (boxed, centred header) and 'Label: value' sections; page numbers in the header",
        municipality="Rēzeknes novads", municipality_w="Rēzeknes novada pašvaldība",
        regno_w="90009112679", address="Atbrīvošanas aleja 95A, Rēzekne, LV-4601",
        region="Latgale", region_w="Latgales",
        contact_name="Ģirts Ķēniņš", contact_position="Attīstības plānošanas nodaļas speciālists",
        phone_w="64607188", email="girts.kenins@rezeknesnovads.lv",
        title="Rēzeknes novads – atgriešanās mājās",
        current_measures="Novada pagastu pārvaldes konsultē atgriezušos iedzīvotājus par pakalpojumiem, un novada tīmekļvietnē ir publicēta informācija par brīvajām darba vietām.",
        goal="Veicināt Rēzeknes novadā dzimušo cilvēku atgriešanos, stiprinot saikni ar diasporu un uzlabojot pašvaldības speciālistu zināšanas.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana", description="Informatīvas tikšanās ar diasporu tiešsaistē", period="11.2019.–02.2020.", cost="1600"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", description="Apmācības pagastu pārvalžu vadītājiem un sociālajiem darbiniekiem", period="12.2019.", cost="1400"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Latgaliešu un latviešu valodā izdots informatīvs buklets", period="01.2020.–03.2020.", cost="1800"),
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas", description="Vizīte pie latgaliešu biedrības Īrijā", period="03.2020.", cost="3200"),
        ],
        target_remigrants=12, target_reached=1400,
        requested="7200", cofinancing="800",
        period=("2019-11-01", "2020-05-31"), period_w="no 01.11.2019. līdz 31.05.2020.",
        signed="2019-10-10", signed_style="dot",
        sig_name="Monika Griškeviča", sig_position="Rēzeknes novada domes priekšsēdētāja",
    ),
    # ------------------------------------------------------------------ c14
    dict(
        file="c14_salaspils_xelatex_twocol.pdf", producer="XeLaTeX (TeX Live 2022), DejaVu Serif via fontspec",
        layout="xelatex: section 1 as a two-column (multicol) block of 'Label: value' lines, fancyhdr letterhead + 'Lapa X no Y' footer, longtable activities with repeated header across pages and Kopā row, tabular budget, written-out dates",
        municipality="Salaspils novads", municipality_w="Salaspils novada dome",
        regno_w="90000024205", address="Līvzemes iela 8, Salaspils, Salaspils novads, LV-2121",
        region="Rīga", region_w="Rīgas plānošanas reģions",
        contact_name="Zane Āboliņa", contact_position="Sabiedrības informēšanas speciāliste",
        phone_w="67981012", email="zane.abolina@salaspils.lv",
        title="Salaspils – tuvu Rīgai, tuvu mājām",
        current_measures="Salaspils novada pašvaldība sniedz atbalstu remigrantu bērniem latviešu valodas apguvē un informē par pašvaldības pakalpojumiem klientu apkalpošanas centrā.",
        goal="Izveidot remigrantiem saprotamu atbalsta sistēmu Salaspils novadā un informēt diasporu par dzīves iespējām Pierīgā.",
        act_style="spc", amount_style="spceur",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Ikmēneša tiešsaistes konsultāciju stundas diasporai", period="no 2019. gada oktobra līdz 2020. gada maijam", cost="2100"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Informatīvs video par Salaspils izglītības iestādēm un uzņēmumiem", period="2019. gada decembris", cost="1900"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", description="Apmācības bāriņtiesas, sociālā dienesta un skolu darbiniekiem", period="2020. gada janvāris", cost="1250"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Seminārs remigrantu ģimenēm par bērnu izglītību", period="2020. gada februāris", cost="950"),
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas", description="Vizīte pie Salaspils novadnieku kopienas Zviedrijā", period="2020. gada aprīlis", cost="2800"),
        ],
        target_remigrants=16, target_reached=1800,
        requested="8000", cofinancing="1000",
        period=("2019-10-01", "2020-05-31"), period_w="no 2019. gada 1. oktobra līdz 2020. gada 31. maijam",
        signed="2019-09-24", signed_style="loc",
        sig_name="Raimonds Čudars", sig_position="Salaspils novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c15
    dict(
        file="c15_aluksne_xelatex_landscape.pdf", producer="XeLaTeX (TeX Live 2022), Liberation Sans via fontspec",
        layout="xelatex: portrait pages with boxed 3-column tables (Nr. | label | value), activities on a rotated landscape page (pdflscape) with two-row multirow/multicolumn header, extra 'Atbildīgais' column and Pavisam row",
        municipality="Alūksnes novads", municipality_w="Alūksnes novada pašvaldība",
        regno_w="90000018622", address="Dārza iela 11, Alūksne, Alūksnes novads, LV-4301",
        region="Vidzeme", region_w="Vidzemes plānošanas reģions",
        contact_name="Evita Aploka", contact_position="Attīstības nodaļas vadītāja",
        phone_w="+371 64381496", email="evita.aploka@aluksne.lv",
        title="Atgriezies Alūksnē",
        current_measures="Alūksnes novadā darbojas jauno uzņēmēju grantu konkurss, kurā var piedalīties arī remigranti, un pašvaldība piedāvā īres dzīvokļus speciālistiem.",
        goal="Informēt alūksniešus ārvalstīs par konkrētām darba un uzņēmējdarbības iespējām novadā.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Personalizēta informēšana par vakancēm un mājokļiem", period="10.2019.–05.2020.", cost="2300", extra="Attīstības nodaļa"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Informatīvo materiālu sērija „Alūksne tev”", period="11.2019.–01.2020.", cost="1650", extra="Sabiedrisko attiecību speciāliste"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", description="Apmācības pagastu pārvalžu darbiniekiem", period="02.2020.", cost="850", extra="Personāla vadītāja"),
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas", description="Vizīte pie alūksniešiem Īrijā", period="04.2020.", cost="3700", extra="Domes priekšsēdētāja vietnieks"),
        ],
        target_remigrants=9, target_reached=1100,
        requested="8500", cofinancing="0",
        period=("2019-10-01", "2020-05-31"), period_w="01.10.2019.–31.05.2020.",
        signed="2019-09-26", signed_style="dot",
        sig_name="Aivars Fomins", sig_position="Alūksnes novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c16
    dict(
        file="c16_dobele_wkhtmltopdf.pdf", producer="wkhtmltopdf 0.12.6 (Qt WebKit)",
        layout="wkhtmltopdf from HTML/CSS: label above value in bordered boxes (form-field look), header with coat-of-arms text, footer 'Lapa [page] no [topage]', 3-column grid of short fields, activities table with Kopā row",
        municipality="Dobeles novads", municipality_w="Dobeles novada pašvaldība",
        regno_w="90009115622", address="Brīvības iela 17, Dobele, Dobeles novads, LV-3701",
        region="Zemgale", region_w="Zemgales",
        contact_name="Edgars Siliņš", contact_position="Uzņēmējdarbības atbalsta speciālists",
        phone_w="637 07 251", email="edgars.silins@dobele.lv",
        title="Dobeles novads – mājas atgriešanās",
        current_measures="Dobeles novada pašvaldība sniedz konsultācijas uzņēmējdarbības uzsākšanai un organizē ikgadēju novadnieku saietu.",
        goal="Stiprināt novadnieku saikni ar Dobeles novadu un informēt viņus par atgriešanās iespējām.",
        act_style="spc", amount_style="spceur",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Tiešsaistes novadnieku saiets un informatīvās sesijas", period="12.2019.–03.2020.", cost="1750"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Semināru cikls „Atgriezies un sāc savu biznesu”", period="01.2020.–04.2020.", cost="2600"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Informatīvi materiāli un reklāma diasporas portālos", period="11.2019.–02.2020.", cost="2150"),
        ],
        target_remigrants=7, target_reached=1000,
        requested="6000", cofinancing="500",
        period=("2019-11-01", "2020-04-30"), period_w="no 2019-11-01 līdz 2020-04-30",
        signed="2019-10-15", signed_style="dot",
        sig_name="Andrejs Spridzāns", sig_position="Dobeles novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c17
    dict(
        file="c17_ventspils_pdfkit_gs.pdf", producer="pdfkit 0.20.2, re-printed with Ghostscript 10.0 pdfwrite",
        layout="pdfkit-drawn form 'printed' again through Ghostscript pdfwrite (fonts re-embedded, content streams rewritten): borderless 2-column label/value rows with dotted leader lines, activities table with Kopā row, 'Paraksta datums' label",
        municipality="Ventspils novads", municipality_w="Ventspils novada pašvaldība",
        regno_w="90000031048", address="Skolas iela 4, Ventspils, LV-3601",
        region="Kurzeme", region_w="Kurzemes plānošanas reģions",
        contact_name="Uldis Žagars", contact_position="Ventspils novada remigrācijas koordinators",
        phone_w="+371 636 29 450", email="uldis.zagars@ventspilsnd.lv",
        title="Ventspils novads – atpakaļ laukos",
        current_measures="Ventspils novada pašvaldība piedāvā lauku uzņēmējiem bezmaksas konsultācijas un īres mājokļus pagastos.",
        goal="Veicināt diasporas atgriešanos Ventspils novada pagastos un palīdzēt atgriezušajiem iekļauties vietējā kopienā.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā", description="Informatīvas sesijas par dzīvi laukos un lauku uzņēmējdarbību", period="10.2019.–01.2020.", cost="1500"),
            dict(kind="diaspora_visits", kind_text="Vizītes pie diasporas", description="Vizīte pie latviešu kopienas Norvēģijā", period="02.2020.", cost="3000"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Pagastu iepazīšanas buklets un fotoizstāde", period="11.2019.–03.2020.", cost="1750.40"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", description="Apmācības pagastu pārvalžu speciālistiem", period="12.2019.", cost="649.60"),
        ],
        target_remigrants=6, target_reached=700,
        requested="6900", cofinancing="0",
        period=("2019-10-01", "2020-05-31"), period_w="no 01.10.2019. līdz 31.05.2020.",
        signed="2019-09-17", signed_style="dot",
        sig_name="Aivars Mucenieks", sig_position="Ventspils novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------------ c18
    dict(
        file="c18_augsdaugava_jspdf_mutool_qpdf.pdf", producer="jsPDF 4.2.1, cleaned with mutool clean -gggz and re-written by qpdf (object streams, linearized)",
        layout="jsPDF 'Label: value' lines with right-aligned amounts in the budget block, activities table without borders (only header rule) with Kopā row; post-2021 municipality, 2022 round dates",
        municipality="Augšdaugavas novads", municipality_w="Augšdaugavas novada pašvaldība",
        regno_w="90009117568", address="Rīgas iela 2, Daugavpils, LV-5401",
        region="Latgale", region_w="Latgales plānošanas reģions",
        contact_name="Anita Čaupjonoka", contact_position="Sabiedrisko attiecību speciāliste",
        phone_w="+37165422238", email="anita.caupjonoka@augsdaugavasnovads.lv",
        title="Augšdaugava – atgriešanās iespējas",
        current_measures="Augšdaugavas novada pagastos darbojas kopienu centri, kas informē arī atgriezušos iedzīvotājus.",
        goal="Sniegt diasporai informāciju par jaunizveidotā novada iespējām un apmācīt pagastu speciālistus remigrantu konsultēšanai.",
        act_style="spc", amount_style="spceur",
        activities=[
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana", description="Informatīvas tiešsaistes tikšanās ar diasporu", period="02.2022.–06.2022.", cost="2500"),
            dict(kind="specialist_training", kind_text="Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", description="Apmācības 25 pagastu pārvalžu speciālistiem", period="03.2022.", cost="1500"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana, sabiedriskās attiecības", description="Novada remigrācijas ceļvedis latviešu, angļu un krievu valodā", period="04.2022.–07.2022.", cost="3000"),
            dict(kind="seminars", kind_text="Semināri un apmācības", description="Seminārs remigrantiem par lauksaimniecības uzsākšanu", period="09.2022.", cost="1000"),
        ],
        target_remigrants=10, target_reached=1500,
        requested="8000", cofinancing="0",
        period=("2022-02-01", "2022-11-30"), period_w="no 01.02.2022. līdz 30.11.2022.",
        signed="2022-01-14", signed_style="dot",
        sig_name="Arvīds Kucins", sig_position="Augšdaugavas novada domes priekšsēdētājs",
    ),
]


def main() -> None:
    forms = [build(s) for s in SPECS]
    out = Path(__file__).with_name("forms.json")
    out.write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(forms)} forms to {out}")
    files = Path(__file__).resolve().parent.parent / "files"
    files.mkdir(exist_ok=True)
    expected = {f["file"]: {"producer": f["producer"], "form": f["e"]} for f in forms}
    (files / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {files / 'expected.json'}")


if __name__ == "__main__":
    main()
