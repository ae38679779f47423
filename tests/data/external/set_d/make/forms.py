"""Content of the Annex 1 forms of set D (the single source for every generator).

Each form is a compact spec: the strings as they are typed into the document (`w`) and what a
perfect reader returns (`e`).  Generators import FORMS; `python forms.py` prints a summary and
writes ../files/expected.json (the producer names are filled in from PRODUCERS).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

NBSP = "\u00a0"

KIND_FULL = {
    "diaspora_information": "Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā",
    "specialist_training": "Pašvaldību speciālistu apmācības par remigrācijas jautājumiem",
    "information_materials": "Informatīvu materiālu sagatavošana, sabiedriskās attiecības",
    "diaspora_visits": "Vizītes pie diasporas",
    "seminars": "Semināri un apmācības",
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
    if style.endswith("_nbsp"):
        return f"{y}.{NBSP}gada {d}.{NBSP}{MONTHS[m][CASE[style[:-5]]]}"
    return f"{y}. gada {d}. {MONTHS[m][CASE[style]]}"


def amount_w(value: str, style: str) -> str:
    v = Decimal(value)
    whole = int(v)
    cents = f"{v:.2f}".split(".")[1]
    grouped = f"{whole:,}".replace(",", " ")
    table = {
        "sp": grouped,                                  # 10 000
        "spc": f"{grouped},{cents}",                    # 9 500,00
        "spceur": f"{grouped},{cents} EUR",             # 9 500,00 EUR
        "speur": f"{grouped} EUR",                      # 9 500 EUR
        "dot": f"{whole}.{cents} EUR",                  # 9500.00 EUR
        "dotplain": f"{whole}.{cents}",                 # 9500.00
        "euro": f"€ {grouped}",                         # € 9 500
        "dash": f"{grouped},- EUR",                     # 9 500,- EUR
        "nbsp": f"{grouped.replace(' ', NBSP)},{cents}",  # 9 500,00 (NBSP)
        "nbspeur": f"{grouped.replace(' ', NBSP)},{cents}{NBSP}EUR",
        "nbspint": grouped.replace(" ", NBSP),          # 9 500 (NBSP)
        "plain": str(whole),
        "plainc": f"{whole},{cents}",                   # 9500,00
    }
    if style in ("sp", "speur", "euro", "dash", "nbspint", "plain"):
        assert cents == "00", (value, style)
    return table[style]


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


def build(s: dict) -> dict:
    acts_w, acts_e = [], []
    for a in s["activities"]:
        acts_w.append({
            "kind": a.get("kind_text", KIND_FULL.get(a["kind"])),
            "description": a["description"],
            "period": a.get("period"),
            "cost": amount_w(a["cost"], a.get("cost_style", s["act_style"])),
        })
        acts_e.append({
            "kind": a["kind"],
            "description": a["description"],
            "period": a.get("period"),
            "cost_eur": money(a["cost"]),
        })
    act_sum = sum(Decimal(a["cost"]) for a in s["activities"])
    total = Decimal(s.get("total", act_sum))
    requested = Decimal(s["requested"])
    cofin = s.get("cofinancing")
    st = s["amount_style"]
    ps, pe = s["period"]
    w = {
        "municipality": s["municipality_w"],
        "registration_no": s["regno_w"],
        "address": s.get("address_w", s.get("address")),
        "planning_region": s["region_w"],
        "contact_name": s["contact_name"],
        "contact_position": s.get("contact_position"),
        "contact_phone": s["phone_w"],
        "contact_email": s.get("email"),
        "title": s.get("title_w", s["title"]),
        "current_measures": s.get("current_measures_w", s.get("current_measures")),
        "goal": s.get("goal_w", s.get("goal")),
        "activities": acts_w,
        "activities_total": amount_w(str(s.get("act_total_row", act_sum)), s["act_style"]),
        "target_remigrants": None if s.get("target_remigrants") is None else str(s["target_remigrants"]),
        "target_reached": None if s.get("target_reached") is None else str(s["target_reached"]),
        "total_cost": amount_w(str(total), st),
        "requested": amount_w(str(requested), st),
        "cofinancing": None if cofin is None else amount_w(str(cofin), s.get("cofin_style", st)),
        "period": s["period_w"],
        "signed_on": None if s.get("signed") is None else date_w(s["signed"], s["signed_style"]),
        "signatory_name": s.get("sig_name"),
        "signatory_position": s.get("sig_position"),
    }
    e = {
        "municipality": s["municipality"],
        "registration_no": regno_e(s["regno_w"]),
        "address": s.get("address"),
        "planning_region": s["region"],
        "contact_name": s["contact_name"],
        "contact_position": s.get("contact_position"),
        "contact_phone": phone_e(s["phone_w"]),
        "contact_email": s.get("email"),
        "title": s["title"],
        "current_measures": s.get("current_measures"),
        "goal": s.get("goal"),
        "activities": acts_e,
        "target_remigrants": s.get("target_remigrants"),
        "target_reached": s.get("target_reached"),
        "total_cost_eur": money(total),
        "requested_eur": money(requested),
        "cofinancing_eur": money(cofin if cofin is not None else 0),
        "period_start": ps,
        "period_end": pe,
        "signed_on": s.get("signed"),
        "signatory_name": s.get("sig_name"),
        "signatory_position": s.get("sig_position"),
    }
    for k, v in s.get("e_override", {}).items():
        e[k] = v
    return {"id": s["id"], "file": s["file"], "w": w, "e": e, "spec": s}


K = KIND_FULL

SPECS: list[dict] = [
    # ------------------------------------------------------------ d01 content controls (block/row/cell)
    dict(
        id="d01", file="d01_preili_sdt_block_cell_row.docx",
        municipality="Preiļu novads", municipality_w="Preiļu novada dome",
        regno_w="90000065595", address="Raiņa bulvāris 19, Preiļi, Preiļu novads, LV-5301",
        region="Latgale", region_w="Latgales plānošanas reģions",
        contact_name="Ināra Pastare", contact_position="Attīstības nodaļas vadītāja",
        phone_w="65322731", email="inara.pastare@preili.lv",
        title="Preiļu novads – mājas, kur atgriezties",
        current_measures="Pašvaldība kopš 2018. gada konsultē atgriezušās ģimenes par bērnu uzņemšanu skolās un bērnudārzos, bet novada tīmekļvietnē ir sadaļa „Atgriežamies mājās” ar vakancēm un īres mājokļu sarakstu.",
        goal=None,
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes tikšanās ar preiliešiem Īrijā un Lielbritānijā par darba un mājokļa iespējām novadā", period="2019. gada oktobris – 2020. gada februāris", cost="2800"),
            dict(kind="information_materials", kind_text="Informatīvu materiālu sagatavošana", description="Video stāsti par četrām atgriezušām ģimenēm un buklets latviešu un angļu valodā", period="2019. gada novembris – 2020. gada aprīlis", cost="3400"),
            dict(kind="specialist_training", description="Sociālā dienesta un izglītības pārvaldes speciālistu apmācības par remigrantu atbalstu", period="2020. gada janvāris – marts", cost="1300"),
            dict(kind="seminars", description="Semināri uzņēmējiem par remigrantu pieņemšanu darbā", period="2020. gada marts – maijs", cost="1500"),
        ],
        target_remigrants=15, target_reached=600,
        requested="9000", cofinancing="0", cofin_style="spc",
        period=("2019-10-01", "2020-05-31"), period_w="no 01.10.2019. līdz 31.05.2020.",
        signed="2019-09-26", signed_style="nom",
        sig_name="Maruta Plivda", sig_position="Preiļu novada domes priekšsēdētāja",
    ),
    # ------------------------------------------------------------ d02 inline content controls (fill-in form)
    dict(
        id="d02", file="d02_madona_sdt_inline_fillin.docx",
        municipality="Madonas novads", municipality_w="Madonas novada pašvaldība",
        regno_w="90000054572", address=None,
        region="Vidzeme", region_w="Vidzemes",
        contact_name="Kristīne Vilkaste", contact_position="Projektu koordinatore",
        phone_w="+371 64860090", email="kristine.vilkaste@madona.lv",
        title="Atpakaļ uz Madonu",
        current_measures="Madonas novada uzņēmējdarbības atbalsta centrs konsultē remigrantus par uzņēmuma dibināšanu; novada ziņu izdevumā regulāri publicēti atgriezušos cilvēku stāsti.",
        goal="Sasniegt Madonas novadā dzimušos cilvēkus ārzemēs un sniegt viņiem praktisku atbalstu atgriešanās plānošanā.",
        act_style="dotplain", amount_style="dot",
        activities=[
            dict(kind="diaspora_visits", description="Novada pārstāvju vizīte pie latviešu kopienas Dublinā un Korkā", period="2020. gada februāris", cost="3600"),
            dict(kind="diaspora_information", kind_text="Diasporas un remigrantu informēšana", description="Tiešsaistes konsultācijas un individuāli atgriešanās plāni", period="2019. gada novembris – 2020. gada maijs", cost="3100"),
            dict(kind="information_materials", description="Interaktīva karte ar vakancēm, bērnudārziem un īres dzīvokļiem", period="2019. gada decembris – 2020. gada marts", cost="2750.50"),
        ],
        target_remigrants=12, target_reached=None,
        requested="9450.50", cofinancing=None,
        period=("2019-11-01", "2020-05-31"), period_w="no 2019. gada 1. novembra līdz 2020. gada 31. maijam",
        signed="2019-09-30", signed_style="dot",
        sig_name="Agris Lungevičs", sig_position="Madonas novada pašvaldības domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d03 legacy form fields
    dict(
        id="d03", file="d03_aizpute_legacy_formfields.docx",
        municipality="Aizputes novads", municipality_w="Aizputes novada dome",
        regno_w="90000017038", address="Atmodas iela 18, Aizpute, Aizputes novads, LV-3456",
        region="Kurzeme", region_w="Kurzemes",
        contact_name="Laura Štrausa", contact_position="Sabiedrisko attiecību speciāliste",
        phone_w="63448880", email="laura.strausa@aizpute.lv",
        title="Aizpute sauc mājās",
        current_measures=None,
        goal="Informēt Aizputes novada diasporu par darba un dzīves iespējām novadā un palīdzēt atgriezušamies iejusties.",
        act_style="sp", amount_style="nbspint",
        activities=[
            dict(kind="diaspora_information", description="E-pasta ziņu lapa un tiešsaistes tikšanās ar diasporu", period="10.2019.–05.2020.", cost="2200"),
            dict(kind="diaspora_visits", description="Vizīte pie latviešu kopienas Zviedrijā (Gēteborga)", period="02.2020.", cost="2900"),
            dict(kind="seminars", description="Semināri atgriezušām ģimenēm par pašvaldības pakalpojumiem", period="03.2020.–05.2020.", cost="1600"),
        ],
        target_remigrants=8, target_reached=350,
        requested="6700", cofinancing=None,
        period=("2019-10-01", "2020-05-31"), period_w="no 01.10.2019. līdz 31.05.2020.",
        signed="2019-09-25", signed_style="dot",
        sig_name="Guntis Bojārs", sig_position="Aizputes novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d04 tracked changes (ins/del/move)
    dict(
        id="d04", file="d04_iecava_tracked_changes.docx",
        municipality="Iecavas novads", municipality_w="Iecavas novada dome",
        regno_w="90000031393", address="Skolas iela 4, Iecava, Iecavas novads, LV-3913",
        region="Zemgale", region_w="Zemgales plānošanas reģions",
        contact_name="Dace Kalniņa", contact_position="Attīstības nodaļas projektu vadītāja",
        phone_w="63941535", email="dace.kalnina@iecava.lv",
        title="Iecava – tuvāk, nekā šķiet",
        current_measures="Novada sociālais dienests palīdz atgriezušām ģimenēm kārtot pabalstus. Pašvaldības mājaslapā publicēta informācija par brīvajām darba vietām novadā.",
        goal="Palielināt to Iecavas novadā dzimušo cilvēku skaitu, kuri atgriežas un uzsāk darbu vai uzņēmējdarbību novadā.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes informatīvie pasākumi diasporai Norvēģijā un Vācijā", period="11.2019.–04.2020.", cost="3500"),
            dict(kind="information_materials", description="Informatīvs video un buklets par dzīvi Iecavas novadā", period="12.2019.–03.2020.", cost="3000"),
            dict(kind="specialist_training", description="Apmācības pašvaldības speciālistiem par remigrantu konsultēšanu", period="01.2020.–02.2020.", cost="3000"),
        ],
        target_remigrants=10, target_reached=400,
        requested="9500", cofinancing=None,
        period=("2019-11-01", "2020-04-30"), period_w="no 01.11.2019. līdz 30.04.2020.",
        signed="2019-09-27", signed_style="dot",
        sig_name="Jānis Pētersons", sig_position="Iecavas novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d05 comments + tracked changes
    dict(
        id="d05", file="d05_ogre_comments_review.docx",
        municipality="Ogres novads", municipality_w="Ogres novada pašvaldība",
        regno_w="90000024332", address="Brīvības iela 33, Ogre, Ogres novads, LV-5001",
        region="Rīga", region_w="Rīgas plānošanas reģions",
        contact_name="Santa Oša", contact_position="Plānošanas un attīstības nodaļas projektu vadītāja",
        phone_w="65071160", email="santa.osa@ogresnovads.lv",
        title="Ogre gaida atpakaļ",
        current_measures="Ogres novada pašvaldība sadarbībā ar biedrību „Ogres jauniešu māja” kopš 2017. gada rīko vasaras nometnes diasporas bērniem un konsultē ģimenes par skolu izvēli.",
        goal="Stiprināt saikni ar Ogres novada diasporu un palīdzēt ģimenēm, kas plāno atgriezties, atrast darbu, mājokli un skolu bērniem.",
        act_style="spc", amount_style="spceur",
        activities=[
            dict(kind="diaspora_information", description="Informatīvi tiešsaistes semināri diasporai par darba un mājokļa iespējām Ogres novadā", period="no 2019. gada novembra līdz 2020. gada martam", cost="2600"),
            dict(kind="diaspora_visits", description="Vizīte pie latviešu kopienas Londonā kopā ar novada darba devējiem", period="2020. gada marts", cost="3900"),
            dict(kind="information_materials", kind_text="Sabiedriskās attiecības un informatīvu materiālu sagatavošana", description="Kampaņa sociālajos tīklos un stāstu sērija vietējā laikrakstā", period="no 2019. gada oktobra līdz 2020. gada maijam", cost="2250"),
        ],
        target_remigrants=20, target_reached=1500,
        requested="8000", cofinancing="750",
        period=("2019-10-01", "2020-05-31"), period_w="no 2019-10-01 līdz 2020-05-31",
        signed="2019-09-24", signed_style="iso",
        sig_name="Egils Helmanis", sig_position="Ogres novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d06 hyperlinks + fields
    dict(
        id="d06", file="d06_ventspils_fields_hyperlinks.docx",
        municipality="Ventspils", municipality_w="Ventspils pilsētas dome",
        regno_w="90000056357", address="Jūras iela 36, Ventspils, LV-3601",
        region="Kurzeme", region_w="Kurzemes plānošanas reģions",
        contact_name="Andris Liepiņš", contact_position="Attīstības plānošanas nodaļas vecākais projektu vadītājs",
        phone_w="63601100", email="andris.liepins@ventspils.lv",
        title="Ventspils – pilsēta, kurā atgriezties",
        current_measures="Ventspils pilsētas pašvaldība piedāvā remigrantu ģimeņu bērniem bezmaksas latviešu valodas nodarbības, bet Ventspils Digitālais centrs konsultē par darba iespējām IT nozarē.",
        goal="Piesaistīt Ventspilij speciālistus no diasporas un atvieglot viņu ģimeņu atgriešanos.",
        act_style="spc", amount_style="euro",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes „atvērto durvju dienas” ar Ventspils darba devējiem diasporai", period="2019. gada novembris – 2020. gada aprīlis", cost="3000"),
            dict(kind="information_materials", description="Mājaslapas sadaļa un informatīvs video angļu un latviešu valodā", period="2019. gada oktobris – decembris", cost="2500"),
            dict(kind="diaspora_visits", description="Vizīte pie latviešu kopienas Vācijā (Minstere) kopā ar uzņēmējiem", period="2020. gada februāris", cost="3500"),
        ],
        target_remigrants=25, target_reached=2000,
        requested="9000", cofinancing=None,
        period=("2019-10-01", "2020-04-30"), period_w="no 01.10.2019. līdz 30.04.2020.",
        signed="2019-09-23", signed_style="dot",
        sig_name="Jānis Vītoliņš", sig_position="Ventspils pilsētas domes priekšsēdētāja vietnieks",
    ),
    # ------------------------------------------------------------ d07 text boxes + footnotes
    dict(
        id="d07", file="d07_kraslava_textboxes_footnotes.docx",
        municipality="Krāslavas novads", municipality_w="Krāslavas novada dome",
        regno_w="90001267487", address="Rīgas iela 51, Krāslava, Krāslavas novads, LV-5601",
        region="Latgale", region_w="Latgales",
        contact_name="Ivars Geiba", contact_position="Attīstības nodaļas vadītājs",
        phone_w="656 24 383", email="ivars.geiba@kraslava.lv",
        title="Krāslava – tava vieta",
        current_measures="Krāslavas novada dome piedāvā atgriezušām ģimenēm pašvaldības dzīvokļus prioritārā kārtā un sedz bērnu ēdināšanu skolās pirmajā mācību gadā.",
        goal="Informēt Krāslavas novada diasporu par atgriešanās iespējām un sekmēt vismaz 10 ģimeņu atgriešanos.",
        act_style="spc", amount_style="nbsp",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes tikšanās ar novadniekiem Lielbritānijā un Īrijā", period="2019. gada novembris – 2020. gada marts", cost="2700"),
            dict(kind="diaspora_visits", description="Vizīte pie latgaliešu kopienas Īrijā", period="2020. gada janvāris", cost="3300"),
            dict(kind="seminars", description="Semināri un apmācības novada uzņēmējiem par remigrantu nodarbināšanu", period="2020. gada februāris – aprīlis", cost="1800"),
        ],
        target_remigrants=10, target_reached=500,
        requested="7000", cofinancing="800",
        period=("2019-11-01", "2020-04-30"), period_w="no 2019. gada 1. novembra līdz 2020. gada 30. aprīlim",
        signed="2019-09-27", signed_style="loc",
        sig_name="Gunārs Upenieks", sig_position="Krāslavas novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d08 special characters + numbering.xml
    dict(
        id="d08", file="d08_gulbene_specialchars_numbering.docx",
        municipality="Gulbenes novads", municipality_w="Gulbenes novada pašvaldība",
        regno_w="90009116327",
        address="Ābeļu iela 2, Gulbene, Gulbenes novads, LV-4401",
        address_w="Ābeļu iela 2, Gulbene,\nGulbenes novads, LV\u20114401",
        region="Vidzeme", region_w="Vidzemes plānošanas reģions",
        contact_name="Ligita Bērziņa-Kļaviņa", contact_position="Attīstības un projektu nodaļas vadītāja",
        phone_w="64497710", email="ligita.berzina@gulbene.lv",
        title="Gulbenes novads gaida remigrantus",
        title_w="Gulbenes novads gaida remig\u00adran\u00adtus",
        current_measures="Pašvaldības tīmekļvietnē ir sadaļa remigrantiem. Gulbenes novada vidusskolā ir latviešu valodas atbalsta nodarbības. Novada uzņēmēji piedāvā prakses vietas jauniešiem, kas atgriežas.",
        current_measures_w=["Pašvaldības tīmekļvietnē ir sadaļa remigrantiem.", "Gulbenes novada vidusskolā ir latviešu valodas atbalsta nodarbības.", "Novada uzņēmēji piedāvā prakses vietas jauniešiem, kas atgriežas."],
        goal="Sekmēt Gulbenes novada iedzīvotāju atgriešanos no ārvalstīm, sniedzot informāciju un personisku atbalstu.",
        act_style="nbsp", amount_style="nbspeur",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes informatīvās tikšanās ar diasporu par darba iespējām novadā", period="01.11.2019.–31.03.2020.", cost="2500"),
            dict(kind="information_materials", description="Buklets un video „Dzīve Gulbenē”", period="01.12.2019.–29.02.2020.", cost="2650"),
            dict(kind="specialist_training", description="Apmācības bāriņtiesas, sociālā dienesta un skolu speciālistiem", period="01.02.2020.–30.04.2020.", cost="1850"),
            dict(kind="seminars", description="Semināri remigrantiem par uzņēmējdarbības uzsākšanu", period="01.03.2020.–31.05.2020.", cost="1500"),
        ],
        target_remigrants=12, target_reached=450,
        requested="8500", cofinancing=None,
        period=("2019-11-01", "2020-05-31"), period_w="no 01.11.2019. līdz 31.05.2020.",
        signed="2019-09-26", signed_style="nom_nbsp",
        sig_name="Andis Caunītis", sig_position="Gulbenes novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d09 landscape section + table features
    dict(
        id="d09", file="d09_tukums_sections_tables.docx",
        municipality="Tukuma novads", municipality_w="Tukuma novada dome",
        regno_w="90000050138", address="Talsu iela 4, Tukums, Tukuma novads, LV-3101",
        region="Rīga", region_w="Rīgas",
        contact_name="Ilze Silniece", contact_position="Attīstības nodaļas projektu vadītāja",
        phone_w="26 321 488", email="ilze.silniece@tukums.lv",
        title="Tukums – atgriešanās ceļš",
        current_measures="Tukuma novada Izglītības pārvalde kopš 2018. gada nodrošina individuālu atbalstu skolēniem, kuri atgriezušies no ārvalstīm, bet uzņēmējdarbības centrs konsultē par uzņēmuma dibināšanu.",
        goal="Izveidot Tukuma novadā pastāvīgu atbalsta sistēmu remigrantiem un sasniegt diasporu ar skaidru informāciju par atgriešanās iespējām.",
        act_style="spc", amount_style="spceur",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes informatīvās sesijas diasporai Lielbritānijā", period="2019. gada oktobris", cost="900"),
            dict(kind="diaspora_information", description="Tiešsaistes informatīvās sesijas diasporai Norvēģijā un Zviedrijā", period="2019. gada novembris", cost="900"),
            dict(kind="information_materials", description="Informatīvā brošūra latviešu un angļu valodā", period="2019. gada decembris", cost="1200"),
            dict(kind="information_materials", description="Video stāsti par atgriezušos ģimenēm", period="2020. gada janvāris – februāris", cost="1800"),
            dict(kind="specialist_training", description="Apmācības Izglītības pārvaldes un sociālā dienesta speciālistiem", period="2020. gada februāris", cost="1100"),
            dict(kind="seminars", description="Semināri remigrantu ģimenēm par pašvaldības pakalpojumiem", period="2020. gada marts", cost="800"),
            dict(kind="diaspora_visits", description="Vizīte pie latviešu kopienas Īrijā kopā ar darba devējiem", period="2020. gada aprīlis", cost="2400"),
        ],
        target_remigrants=18, target_reached=900,
        requested="8100", cofinancing="1000",
        period=("2019-10-01", "2020-04-30"), period_w="no 01.10.2019. līdz 30.04.2020.",
        signed="2019-09-20", signed_style="dot",
        sig_name="Gundars Važa", sig_position="Tukuma novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d10 docx-mailmerge output
    dict(
        id="d10", file="d10_jekabpils_docxmailmerge.docx",
        municipality="Jēkabpils", municipality_w="Jēkabpils pilsētas pašvaldība",
        regno_w="90000024205", address="Brīvības iela 120, Jēkabpils, LV-5201",
        region="Zemgale", region_w="Zemgales plānošanas reģions",
        contact_name="Edgars Liepiņš", contact_position="Attīstības departamenta projektu vadītājs",
        phone_w="65207050", email="edgars.liepins@jekabpils.lv",
        title="Jēkabpils aicina mājās",
        current_measures="Jēkabpils pilsētas pašvaldība piedāvā remigrantiem konsultācijas Jēkabpils Biznesa inkubatorā un palīdz atrast vietu bērnudārzā ārpus rindas.",
        goal="Nodrošināt Jēkabpils diasporai vienotu informācijas punktu un personisku atbalstu atgriešanās plānošanā.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", description="Remigrācijas koordinatora tiešsaistes konsultācijas diasporai", period="no 01.10.2019. līdz 31.05.2020.", cost="3200"),
            dict(kind="information_materials", description="Informatīvi materiāli un reklāma sociālajos tīklos", period="no 01.11.2019. līdz 31.03.2020.", cost="2300"),
            dict(kind="seminars", description="Semināri un apmācības atgriezušamies par darba tirgu Jēkabpilī", period="no 01.02.2020. līdz 30.04.2020.", cost="2000"),
        ],
        target_remigrants=14, target_reached=800,
        requested="7500", cofinancing=None,
        period=("2019-10-01", "2020-05-31"), period_w="no 01.10.2019. līdz 31.05.2020.",
        signed="2019-09-25", signed_style="dot",
        sig_name="Raivis Ragainis", sig_position="Jēkabpils pilsētas domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d11 Word mail-merge main document (MERGEFIELD results)
    dict(
        id="d11", file="d11_cesis_mergefield_results.docx",
        municipality="Cēsu novads", municipality_w="Cēsu novada pašvaldība",
        regno_w="90000031048", address="Bērzaines iela 5, Cēsis, Cēsu novads, LV-4101",
        region="Vidzeme", region_w="Vidzemes plānošanas reģions",
        contact_name="Zane Bērziņa", contact_position="Attīstības pārvaldes projektu vadītāja",
        phone_w="64161800", email="zane.berzina@cesis.lv",
        title="Cēsis – atgriešanās pilsēta",
        current_measures="Cēsu novadā darbojas remigrācijas koordinators, kas konsultē ģimenes, un Cēsu Jaunā pamatskola piedāvā pielāgotu mācību programmu bērniem, kuri atgriezušies.",
        goal="Veicināt diasporas atgriešanos Cēsu novadā, piedāvājot informāciju un personisku atbalstu visā atgriešanās procesā.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes tikšanās ar diasporu un individuālas konsultācijas", period="2019. gada oktobris – 2020. gada maijs", cost="3000"),
            dict(kind="diaspora_visits", description="Vizīte pie latviešu kopienas Nīderlandē", period="2020. gada marts", cost="3200"),
            dict(kind="specialist_training", description="Apmācības novada pašvaldības speciālistiem par remigrantu atbalstu", period="2020. gada janvāris", cost="1300"),
        ],
        target_remigrants=16, target_reached=700,
        requested="7500", cofinancing="0",
        period=("2019-10-01", "2020-05-31"), period_w="no 01.10.2019. līdz 31.05.2020.",
        signed="2019-09-24", signed_style="loc",
        sig_name="Jānis Rozenbergs", sig_position="Cēsu novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d12 docxtemplater output
    dict(
        id="d12", file="d12_saldus_docxtemplater.docx",
        municipality="Saldus novads", municipality_w="Saldus novada pašvaldība",
        regno_w="90000058625", address="Striķu iela 3, Saldus, Saldus novads, LV-3801",
        region="Kurzeme", region_w="Kurzemes plānošanas reģions",
        contact_name="Evija Grigaļūne", contact_position="Attīstības nodaļas vadītāja",
        phone_w="63807280", email="evija.grigalune@saldus.lv",
        title="Saldus – laiks atgriezties",
        current_measures="Saldus novada pašvaldība piešķir remigrantu ģimenēm vienreizēju atbalstu bērnu skolas piederumiem un konsultē par darba iespējām vietējos uzņēmumos.",
        goal="Sniegt Saldus novada diasporai pilnīgu informāciju par atgriešanās iespējām un palīdzēt vismaz 10 ģimenēm atgriezties.",
        act_style="dash", amount_style="dash",
        activities=[
            dict(kind="diaspora_information", description="Informatīvi tiešsaistes pasākumi diasporai", period="2019. gada novembris – 2020. gada aprīlis", cost="2500"),
            dict(kind="information_materials", description="Informatīvs buklets un video par Saldus novadu", period="2019. gada decembris – 2020. gada februāris", cost="2000"),
            dict(kind="diaspora_visits", description="Vizīte pie latviešu kopienas Anglijā (Pīterboro)", period="2020. gada marts", cost="3500"),
            dict(kind="seminars", description="Semināri un apmācības remigrantiem par uzņēmējdarbības uzsākšanu", period="2020. gada aprīlis – maijs", cost="1500"),
        ],
        target_remigrants=10, target_reached=650,
        requested="9500", cofinancing=None,
        period=("2019-11-01", "2020-05-31"), period_w="no 01.11.2019. līdz 31.05.2020.",
        signed="2019-09-30", signed_style="dot",
        sig_name="Māris Zusts", sig_position="Saldus novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d13 smartTag / customXml / hidden text / bookmarks
    dict(
        id="d13", file="d13_rezekne_smarttags_customxml.docx",
        municipality="Rēzekne", municipality_w="Rēzeknes pilsētas dome",
        regno_w="90000026848", address="Atbrīvošanas aleja 93, Rēzekne, LV-4601",
        region="Latgale", region_w="Latgales plānošanas reģions",
        contact_name="Marija Krištopane", contact_position="Attīstības plānošanas daļas vadītāja",
        phone_w="64607600", email="marija.kristopane@rezekne.lv",
        title="Rēzekne – pilsēta atgriešanās iespējām",
        current_measures="Rēzeknes pilsētā darbojas Latgales vēstniecība GORS, kas rīko pasākumus diasporai, un pilsētas pašvaldība konsultē atgriezušās ģimenes par mājokli.",
        goal="Veicināt Rēzeknes diasporas atgriešanos, sniedzot informāciju un individuālu atbalstu.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes tikšanās ar rēzekniešiem ārvalstīs", period="2019. gada oktobris – 2020. gada marts", cost="2600"),
            dict(kind="information_materials", description="Informatīvi materiāli latgaliešu, latviešu un angļu valodā", period="2019. gada novembris – 2020. gada janvāris", cost="2400"),
            dict(kind="diaspora_visits", description="Vizīte pie latgaliešu kopienas Lielbritānijā", period="2020. gada februāris", cost="3000"),
        ],
        target_remigrants=12, target_reached=700,
        requested="8000", cofinancing=None,
        period=("2019-10-01", "2020-03-31"), period_w="no 01.10.2019. līdz 31.03.2020.",
        signed="2019-09-19", signed_style="dot",
        sig_name="Aleksandrs Bartaševičs", sig_position="Rēzeknes pilsētas domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d14 data-bound content controls; MISTAKE requested > 10 000
    dict(
        id="d14", file="d14_carnikava_databinding_overmax.docx",
        municipality="Carnikavas novads", municipality_w="Carnikavas novada dome",
        regno_w="90000040034", address="Stacijas iela 5, Carnikava, Carnikavas novads, LV-2163",
        region="Rīga", region_w="Rīgas plānošanas reģions",
        contact_name="Anita Ozoliņa", contact_position="Attīstības nodaļas vadītāja",
        phone_w="67993500", email="anita.ozolina@carnikava.lv",
        title="Carnikava – mājas pie jūras",
        current_measures="Carnikavas novada dome piedāvā atgriezušos ģimeņu bērniem vietu pirmsskolas izglītības iestādē bez rindas.",
        goal="Informēt Carnikavas novada diasporu par darba un dzīves iespējām Pierīgā un atbalstīt atgriešanos.",
        act_style="sp", amount_style="speur",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes tikšanās un konsultācijas diasporai", period="2019. gada oktobris – 2020. gada maijs", cost="4000"),
            dict(kind="diaspora_visits", description="Vizītes pie latviešu kopienām Īrijā un Norvēģijā", period="2020. gada janvāris – marts", cost="6000"),
            dict(kind="information_materials", description="Informatīvā kampaņa un video", period="2019. gada novembris – 2020. gada februāris", cost="4000"),
        ],
        target_remigrants=20, target_reached=1200,
        requested="12000", cofinancing="2000",
        period=("2019-10-01", "2020-05-31"), period_w="no 01.10.2019. līdz 31.05.2020.",
        signed="2019-09-23", signed_style="dot",
        sig_name="Sniedze Sproģe", sig_position="Carnikavas novada domes priekšsēdētāja",
        mistake="requested_eur 12000.00 > 10 000 (error)",
    ),
    # ------------------------------------------------------------ d15 header/footer; MISTAKE no e-mail + unknown kind
    dict(
        id="d15", file="d15_dundaga_header_noemail_badkind.docx",
        municipality="Dundagas novads", municipality_w="Dundagas novada pašvaldība",
        regno_w="90009115209", address="Pils iela 14, Dundaga, Dundagas novads, LV-3270",
        region="Kurzeme", region_w="Kurzemes",
        contact_name="Dace Kaļiņina", contact_position="Attīstības nodaļas speciāliste",
        phone_w="+371 29 411 522", email=None,
        title="Dundaga gaida savējos",
        current_measures="Dundagas novada pašvaldība piedāvā remigrantiem pašvaldības dzīvokļus un bezmaksas konsultācijas uzņēmējdarbības uzsākšanai.",
        goal="Sekmēt Dundagas novadā dzimušo cilvēku atgriešanos un uzlabot viņu informētību par novada iespējām.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", description="Informatīvi tiešsaistes pasākumi diasporai", period="2019. gada novembris – 2020. gada marts", cost="2500"),
            dict(kind="information_materials", description="Informatīvs buklets un mājaslapas sadaļa", period="2019. gada decembris – 2020. gada janvāris", cost="1800"),
            dict(kind=None, kind_text="Biroja aprīkojuma iegāde", description="Portatīvais dators un projektors konsultāciju vajadzībām", period="2019. gada oktobris", cost="1450"),
        ],
        target_remigrants=6, target_reached=300,
        requested="5750", cofinancing=None,
        period=("2019-10-01", "2020-03-31"), period_w="no 01.10.2019. līdz 31.03.2020.",
        signed="2019-09-27", signed_style="dot",
        sig_name="Gunta Abaja", sig_position="Dundagas novada domes priekšsēdētāja",
        mistake="contact_email missing (null); activity 3 kind not supported (null)",
    ),
    # ------------------------------------------------------------ d16 compatibility-mode doc (frames, VML); MISTAKE sums
    dict(
        id="d16", file="d16_akniste_compatmode_frames_sums.docx",
        municipality="Aknīstes novads", municipality_w="Aknīstes novada pašvaldība",
        regno_w="90000017607", address="Skolas iela 5, Aknīste, Aknīstes novads, LV-5208",
        region="Zemgale", region_w="Zemgales",
        contact_name="Vija Dzene", contact_position="Attīstības plānošanas speciāliste",
        phone_w="65237740", email="vija.dzene@akniste.lv",
        title="Aknīste atver durvis",
        current_measures="Aknīstes novada pašvaldība palīdz atgriezušām ģimenēm atrast mājokli un darbu vietējās zemnieku saimniecībās.",
        goal="Informēt diasporu par dzīves iespējām Aknīstes novadā un atbalstīt ģimenes, kas atgriežas.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes tikšanās ar novadniekiem ārzemēs", period="11.2019.–03.2020.", cost="1800"),
            dict(kind="information_materials", description="Buklets un video par dzīvi Aknīstes novadā", period="12.2019.–02.2020.", cost="1700"),
            dict(kind="seminars", description="Semināri remigrantiem par lauksaimniecības uzņēmējdarbību", period="03.2020.–04.2020.", cost="1200"),
        ],
        total="5200", requested="4800", cofinancing="300",
        target_remigrants=5, target_reached=250,
        period=("2019-11-01", "2020-04-30"), period_w="no 01.11.2019. līdz 30.04.2020.",
        signed="2019-09-26", signed_style="dot",
        sig_name="Sandra Līvmane", sig_position="Aknīstes novada domes priekšsēdētāja",
        mistake="total_cost_eur 5200.00 ≠ activity sum 4700.00 and requested 4800 + co-financing 300 = 5100 ≠ 5200 (warnings)",
    ),
    # ------------------------------------------------------------ d17 Strict Open XML, post-2021 municipality
    dict(
        id="d17", file="d17_dienvidkurzeme_strict_ooxml.docx",
        municipality="Dienvidkurzemes novads", municipality_w="Dienvidkurzemes novada pašvaldība",
        regno_w="90000058998", address="Lielā iela 76, Grobiņa, Dienvidkurzemes novads, LV-3430",
        region="Kurzeme", region_w="Kurzemes plānošanas reģions",
        contact_name="Linda Ozola", contact_position="Attīstības plānošanas nodaļas projektu vadītāja",
        phone_w="26 445 617", email="linda.ozola@dkn.lv",
        title="Dienvidkurzeme – atgriezies krastā",
        current_measures="Dienvidkurzemes novadā remigrācijas jautājumos konsultē attīstības plānošanas nodaļa, un novada tīmekļvietnē ir vakanču un īres mājokļu sadaļa.",
        goal="Veidot Dienvidkurzemes novadā vienotu remigrantu atbalsta punktu un informēt diasporu par novada iespējām.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes informatīvās tikšanās diasporai", period="2022. gada oktobris – 2023. gada marts", cost="3000"),
            dict(kind="information_materials", description="Informatīvi materiāli par jauno novadu un tā pakalpojumiem", period="2022. gada novembris – 2023. gada februāris", cost="2800"),
            dict(kind="specialist_training", description="Apmācības apvienotā novada pārvalžu speciālistiem", period="2023. gada janvāris – aprīlis", cost="1900"),
        ],
        target_remigrants=15, target_reached=900,
        requested="7700", cofinancing=None,
        period=("2022-10-01", "2023-05-31"), period_w="no 2022. gada 1. oktobra līdz 2023. gada 31. maijam",
        signed="2022-09-21", signed_style="dot",
        sig_name="Aivars Priedols", sig_position="Dienvidkurzemes novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d18 Calligra Words -> docx
    dict(
        id="d18", file="d18_valka_calligra.docx",
        municipality="Valkas novads", municipality_w="Valkas novada dome",
        regno_w="90009114839", address="Semināra iela 9, Valka, Valkas novads, LV-4701",
        region="Vidzeme", region_w="Vidzemes plānošanas reģions",
        contact_name="Ilze Ozoliņa", contact_position="Attīstības plānošanas nodaļas vadītāja",
        phone_w="64722238", email="ilze.ozolina@valka.lv",
        title="Valka – pilsēta divās valstīs, mājas vienā",
        current_measures="Valkas novada dome sadarbībā ar Valgas pašvaldību piedāvā remigrantiem konsultācijas par darbu abpus robežai.",
        goal="Informēt Valkas novada diasporu par atgriešanās iespējām un palīdzēt ģimenēm iekārtoties novadā.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", description="Tiešsaistes tikšanās ar diasporu Igaunijā, Somijā un Lielbritānijā", period="2019. gada novembris – 2020. gada marts", cost="2400"),
            dict(kind="information_materials", description="Informatīvs buklets latviešu, angļu un igauņu valodā", period="2019. gada decembris – 2020. gada februāris", cost="2100"),
            dict(kind="seminars", description="Semināri atgriezušamies par pašvaldības pakalpojumiem", period="2020. gada marts – aprīlis", cost="1400"),
        ],
        target_remigrants=8, target_reached=400,
        requested="5900", cofinancing=None,
        period=("2019-11-01", "2020-04-30"), period_w="no 01.11.2019. līdz 30.04.2020.",
        signed="2019-09-26", signed_style="dot",
        sig_name="Vents Armands Krauklis", sig_position="Valkas novada domes priekšsēdētājs",
    ),
    # ------------------------------------------------------------ d19 Calligra Words -> pdf
    dict(
        id="d19", file="d19_auce_calligra.pdf",
        municipality="Auces novads", municipality_w="Auces novada dome",
        regno_w="90000076669", address="Jelgavas iela 1, Auce, Auces novads, LV-3708",
        region="Zemgale", region_w="Zemgales plānošanas reģions",
        contact_name="Ieva Auziņa", contact_position="Projektu vadītāja",
        phone_w="63745180", email="ieva.auzina@auce.lv",
        title="Auce aicina atpakaļ",
        current_measures="Auces novada dome konsultē atgriezušās ģimenes par bērnu izglītību un piedāvā pašvaldības dzīvokļus.",
        goal="Veicināt Auces novada iedzīvotāju atgriešanos no ārvalstīm.",
        act_style="spc", amount_style="spc",
        activities=[
            dict(kind="diaspora_information", description="Informatīvas tiešsaistes tikšanās ar diasporu", period="2019. gada oktobris – 2020. gada februāris", cost="2000"),
            dict(kind="diaspora_visits", description="Vizīte pie latviešu kopienas Īrijā", period="2020. gada marts", cost="2800"),
            dict(kind="information_materials", description="Informatīvs video un buklets", period="2019. gada novembris – 2020. gada janvāris", cost="1700"),
        ],
        target_remigrants=7, target_reached=300,
        requested="6500", cofinancing=None,
        period=("2019-10-01", "2020-03-31"), period_w="no 01.10.2019. līdz 31.03.2020.",
        signed="2019-09-25", signed_style="dot",
        sig_name="Gintars Kaminskis", sig_position="Auces novada domes priekšsēdētājs",
    ),
]

FORMS = {s["id"]: build(s) for s in SPECS}

PRODUCERS: dict[str, str] = {}  # filled by build_all.py from each generator


def write_expected(producers: dict[str, str], out: Path) -> None:
    data = {}
    for f in FORMS.values():
        if f["file"] not in producers:
            continue
        data[f["file"]] = {"producer": producers[f["file"]], "form": f["e"]}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for f in FORMS.values():
        e = f["e"]
        s = sum(Decimal(a["cost_eur"]) for a in e["activities"])
        print(f["file"], e["municipality"], e["planning_region"], "sum", s, "total", e["total_cost_eur"],
              "req", e["requested_eur"], "cof", e["cofinancing_eur"])
