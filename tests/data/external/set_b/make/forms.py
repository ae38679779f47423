"""The form specs of set_b: what each form says, and what a perfect reader returns.

`spec(...)` takes every value as a pair (as written, as expected) so a renderer prints
exactly the written text and expected.json holds exactly the expected value.
All people, phone numbers and registration numbers are invented.
"""
from __future__ import annotations

from common import D, amount, check, date, period

DI, ST, IM, DV, SE = ("diaspora_information", "specialist_training", "information_materials",
                      "diaspora_visits", "seminars")


def act(kind_written, kind, description, per, cost, style, **extra):
    return dict(kind_written=kind_written, kind=kind, description=description, period=per,
                cost=D(cost), cost_written=amount(cost, style), **extra)


def spec(fid, *, mun, reg, address, region, contact, phone, email, title, measures, goal,
         acts, targets, total, requested, cof, per, signed, signatory, problems=(),
         codes=(), **layout):
    """mun=(written, official); reg=(written, digits); region=(written, official);
    contact=(name, position); phone=(written, +371...); email=written or None;
    targets=((w, int), (w, int)); total/requested/cof=(value, style) or None;
    per=(start, end, style); signed=(iso, style) | (text, None) | None;
    signatory=(name, position)."""
    written, exp = {}, {}
    written["municipality"], exp["municipality"] = mun
    written["registration_no"], exp["registration_no"] = reg
    written["address"] = exp["address"] = address
    written["planning_region"], exp["planning_region"] = region
    written["contact_name"] = exp["contact_name"] = contact[0]
    written["contact_position"] = exp["contact_position"] = contact[1]
    written["contact_phone"], exp["contact_phone"] = phone
    written["contact_email"] = email or ""
    exp["contact_email"] = email
    written["title"] = exp["title"] = title
    written["current_measures"] = exp["current_measures"] = measures
    written["goal"] = exp["goal"] = goal
    (written["target_remigrants"], exp["target_remigrants"]), \
        (written["target_reached"], exp["target_reached"]) = targets
    for key, val in (("total_cost_eur", total), ("requested_eur", requested),
                     ("cofinancing_eur", cof)):
        if val is None:
            written[key] = ""
            exp[key] = None
        else:
            written[key] = amount(val[0], val[1])
            exp[key] = D(val[0])
    omit = list(layout.pop("omit", []))
    if cof is None:
        omit.append("cofinancing_eur")
        exp["cofinancing_eur"] = D(0)
    start, end, pstyle = per
    written["period"] = period(start, end, pstyle)
    exp["period_start"], exp["period_end"] = start, end
    if signed is None:
        written["signed_on"] = ""
        exp["signed_on"] = None
    elif signed[1] is None:
        written["signed_on"] = signed[0]
        exp["signed_on"] = None
    else:
        written["signed_on"] = date(signed[0], signed[1])
        exp["signed_on"] = signed[0]
    written["signatory_name"] = exp["signatory_name"] = signatory[0]
    written["signatory_position"] = exp["signatory_position"] = signatory[1]
    form = dict(id=fid, written=written, expected=exp, activities=acts, omit=omit,
                problems=list(problems), codes=list(codes), **layout)
    implied = check(form)
    declared = [p[0] for p in problems]
    assert sorted(implied) == sorted(declared), (fid, implied, declared)
    return form


FORMS: dict[str, dict] = {}


def add(form):
    FORMS[form["id"]] = form
    return form


# ------------------------------------------------------------------ 01 Preiļi
add(spec(
    "01",
    mun=("Preiļu novada dome", "Preiļu novads"),
    reg=("90000065595", "90000065595"),
    address="Raiņa bulvāris 19, Preiļi, Preiļu novads, LV-5301",
    region=("Latgales", "Latgale"),
    contact=("Inese Kalniņa", "Attīstības nodaļas projektu vadītāja"),
    phone=("65322766", "+37165322766"),
    email="inese.kalnina@preili.lv",
    title="Atgriezies Preiļu novadā!",
    measures="Pašvaldības tīmekļa vietnē ir sadaļa remigrantiem; darbojas uzņēmējdarbības konsultants.",
    goal="Veicināt diasporas locekļu atgriešanos Preiļu novadā, sniedzot personalizētu informāciju.",
    acts=[
        act("Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā",
            DI, "Individuālas konsultācijas e-pastā un sociālajos tīklos, mēneša jaunumu vēstule",
            "10.2019.–05.2020.", 3000, "comma2_nbsp"),
        act("Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", ST,
            "Divas apmācību dienas sociālā dienesta un būvvaldes darbiniekiem", "11.2019.", 1500,
            "comma2_nbsp"),
        act("Informatīvu materiālu sagatavošana, sabiedriskās attiecības", IM,
            "Buklets latviešu un angļu valodā, video stāsti", "12.2019.–02.2020.", 2500,
            "comma2_nbsp"),
        act("Vizītes pie diasporas", DV, "Tikšanās ar latviešu kopienu Dublinā (Īrija)", "03.2020.",
            3000, "comma2_nbsp"),
    ],
    targets=(("15", 15), ("400", 400)),
    total=(10000, "nbsp"), requested=(9000, "nbsp"), cof=(1000, "nbsp"),
    per=("2019-10-01", "2020-05-31", "dmy"),
    signed=("2019-09-12", "dmy"),
    signatory=("Valdis Strods", "Domes priekšsēdētājs"),
    numbering="dots",
))

# ------------------------------------------------------------------ 02 Daugavpils
add(spec(
    "02",
    mun=("Daugavpils pilsētas dome", "Daugavpils"),
    reg=("90000077325", "90000077325"),
    address="Krišjāņa Valdemāra iela 1, Daugavpils, LV-5401",
    region=("Latgales plānošanas reģions", "Latgale"),
    contact=("Jeļena Ivanova", "Remigrācijas koordinatore"),
    phone=("+371 65404344", "+37165404344"),
    email="jelena.ivanova@daugavpils.lv",
    title="Daugavpils – mājas tuvāk",
    measures=("Daugavpils pilsētas domes Attīstības departaments kopš 2018. gada piedalās "
              "reģionālā remigrācijas koordinatora projektā, sniedz konsultācijas par darba "
              "iespējām, mājokli un bērnu izglītību, kā arī uztur informāciju pilsētas tīmekļa "
              "vietnē."),
    goal="Sekmēt remigrantu atgriešanos Daugavpilī un viņu iekļaušanos pilsētas dzīvē.",
    acts=[
        act("Diasporas informēšana par remigrācijas iespējām", DI,
            "Tiešsaistes informatīvie pasākumi diasporai", "2019. gada novembris – 2020. gada aprīlis",
            2800, "comma2"),
        act("Semināri un apmācības", SE, "Seminārs par uzņēmējdarbības uzsākšanu Daugavpilī",
            "2020. gada februāris", 1700, "comma2"),
        act("Informatīvie materiāli, sabiedriskās attiecības", IM,
            "Informatīvs izdevums un reklāma sociālajos tīklos", "2019. gada decembris", 2000,
            "comma2"),
        act("Vizītes pie diasporas", DV, "Pilsētas delegācijas vizīte pie latviešu kopienas Londonā",
            "2020. gada marts", 3500, "comma2"),
    ],
    act_total=("Kopā", amount(10000, "comma2")),
    targets=(("20", 20), ("1000", 1000)),
    total=(10000, "comma2_eur"), requested=(10000, "comma2_eur"), cof=(0, "comma2_eur"),
    per=("2019-10-01", "2020-05-31", "words"),
    signed=("2019-09-20", "loc"),
    signatory=("Jānis Kalnačs", "Domes priekšsēdētājs"),
    numbering="dots",
))

# ------------------------------------------------------------------ 03 Kuldīga
add(spec(
    "03",
    mun=("Kuldīgas novada pašvaldība", "Kuldīgas novads"),
    reg=("90000035590", "90000035590"),
    address="Baznīcas iela 1, Kuldīga, Kuldīgas novads, LV-3301",
    region=("Kurzemes", "Kurzeme"),
    contact=("Līga Bērziņa", "Sabiedrisko attiecību speciāliste"),
    phone=("26123456", "+37126123456"),
    email="liga.berzina@kuldiga.lv",
    title="Kuldīga gaida mājās",
    measures="Remigrantu ģimenēm bērnudārza vieta ārpus kārtas.",
    goal="Informēt diasporu par dzīves un darba iespējām Kuldīgas novadā.",
    acts=[
        act("Diasporas un remigrantu informēšana", DI, "Vebināri diasporai par darba iespējām",
            "no 2019. gada novembra", 2000, "space"),
        act("Informatīvu materiālu sagatavošana", IM, "Remigrācijas ceļvedis (drukāts un e-versija)",
            "2019. gada decembris", 2500, "space"),
        act("Datortehnikas iegāde", None, "Portatīvais dators un projektors konsultācijām",
            "2019. gada oktobris", 1200, "space"),
        act("Semināri", SE, "Semināri ģimenēm par bērnu izglītību", "2020. gada februāris–marts",
            1800, "space"),
        act("Vizīte pie diasporas", DV, "Vizīte pie latviešu kopienas Vācijā", "2020. gada aprīlis",
            2000, "space"),
    ],
    targets=(("12", 12), ("700", 700)),
    total=(9500, "euro_pre"), requested=(9500, "euro_pre"), cof=None,
    per=("2019-10-01", "2020-04-30", "iso"),
    signed=("2019-09-25", "iso"),
    signatory=("Inga Auziņa", "Domes priekšsēdētāja"),
    colon=False, heading_case="upper",
    problems=[("activities", "error")], codes=["unknown_activity_kind"],
))

# ------------------------------------------------------------------ 04 Valmiera
add(spec(
    "04",
    mun=("Valmieras pilsētas pašvaldība", "Valmiera"),
    reg=("90000043403", "90000043403"),
    address="Lāčplēša iela 2, Valmiera, LV-4201",
    region=("Vidzemes plānošanas reģions", "Vidzeme"),
    contact=("Māris Krūmiņš", "Projektu vadītājs"),
    phone=("64207120", "+37164207120"),
    email="maris.krumins@valmiera.lv",
    title="Valmiera – tuvāk mājām",
    measures="Remigrācijas koordinators Vidzemes plānošanas reģionā\nPersonalizēti piedāvājumi darba meklētājiem",
    goal="Piesaistīt Valmierai ārvalstīs dzīvojošus speciālistus un viņu ģimenes.",
    acts=[
        act("Diasporas informēšana", DI, "Informatīvas kampaņas diasporas kopienām sociālajos tīklos",
            "10.2019.–05.2020.", 2400, "dot", resp="M. Krūmiņš"),
        act("Speciālistu apmācības par remigrācijas jautājumiem", ST,
            "Apmācības pašvaldības iestāžu darbiniekiem", "11.2019.", 1600, "dot",
            resp="Personāla nodaļa"),
        act("Sabiedriskās attiecības, informatīvi materiāli", IM,
            "Video stāstu sērija «Atgriezušies Valmierā»", "12.2019.–03.2020.", 2000, "dot",
            resp="Sabiedrisko attiecību nodaļa"),
        act("Semināri un apmācības", SE, "Seminārs uzņēmējiem par darbinieku piesaisti no ārvalstīm",
            "02.2020.", 1000, "dot", resp="Uzņēmējdarbības centrs"),
    ],
    act_total=("Kopā", amount(7000, "dot")),
    targets=(("10", 10), ("1500", 1500)),
    total=(7000, "dot_eur"), requested=(5600, "dot_eur"), cof=(1400, "dot_eur"),
    per=("2019-10-01", "2020-05-31", "dmy"),
    signed=("2019-09-30", "dmy"),
    signatory=("Ivars Pūķis", "Domes priekšsēdētājs"),
))

# ------------------------------------------------------------------ 05 Jelgava
add(spec(
    "05",
    mun=("Jelgavas pilsētas dome", "Jelgava"),
    reg=("90000042516", "90000042516"),
    address="Lielā iela 11, Jelgava, LV-3001",
    region=("Zemgales", "Zemgale"),
    contact=("Santa Jansone", "Sabiedrības integrācijas speciāliste"),
    phone=("+371 63005510", "+37163005510"),
    email="santa.jansone@dome.jelgava.lv",
    title="Sirds Jelgavā",
    measures="Latviešu valodas nodarbības remigrantu bērniem un pieaugušajiem.",
    goal="Palielināt Jelgavā atgriezušos ģimeņu skaitu.",
    acts=[
        act("Diasporas un remigrantu informēšana un izpratnes veicināšana", DI,
            "Informācijas kampaņa un konsultācijas", "visu projekta laiku", 3000, "comma2"),
        act("Informatīvu materiālu sagatavošana, sabiedriskās attiecības", IM,
            "Infografikas un buklets", "12.2019.", "1250.50", "comma2"),
        act("Semināri un apmācības", SE, "Seminārs «Kā atgriezties Jelgavā»", "03.2020.",
            "1749.50", "comma2"),
    ],
    targets=(("8", 8), ("600", 600)),
    total=(6000, "comma2_eur"), requested=(6000, "comma2_eur"), cof=None,
    per=("2019-10-15", "2020-05-15", "dmy"),
    signed=("2019-09-27", "nom"),
    signatory=("Ilgvars Ozoliņš", "Domes priekšsēdētājs"),
))

# ------------------------------------------------------------------ 06 Ludza (multi-page)
LONG = " Pasākumu rezultāti tiks apkopoti un publicēti pašvaldības tīmekļa vietnē."
add(spec(
    "06",
    mun=("LUDZAS NOVADA PAŠVALDĪBA", "Ludzas novads"),
    reg=("90000017843", "90000017843"),
    address="Raiņa iela 16, Ludza, Ludzas novads, LV-5701",
    region=("Latgales plānošanas reģions", "Latgale"),
    contact=("Dace Šmite", "Remigrācijas koordinatore"),
    phone=("2945 6789", "+37129456789"),
    email="dace.smite@ludza.lv",
    title="Ludzas novads – vieta, kur atgriezties",
    measures=("Ludzas novada pašvaldība kopš 2018. gada sadarbojas ar Latgales plānošanas reģiona "
              "remigrācijas koordinatoru, sniedz informāciju par brīvajām darba vietām, "
              "pieejamajiem mājokļiem un izglītības iestādēm, kā arī organizē tikšanās ar "
              "novadā atgriezušamies iedzīvotājiem."),
    goal=("Palielināt diasporas informētību par dzīves, darba un uzņēmējdarbības iespējām Ludzas "
          "novadā un sekmēt vismaz divpadsmit ģimeņu atgriešanos projekta laikā."),
    acts=[
        act("Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā",
            DI, "Individuālas konsultācijas diasporas pārstāvjiem par darba, mājokļa un izglītības "
            "iespējām novadā." + LONG, "10.2019.–05.2020.", 1200, "comma2"),
        act("Pašvaldību speciālistu apmācības par remigrācijas jautājumiem", ST,
            "Apmācības pagastu pārvalžu un sociālā dienesta darbiniekiem par remigrantu "
            "uzņemšanu un atbalstu.", "11.2019.", 800, "comma2"),
        act("Informatīvu materiālu sagatavošana, sabiedriskās attiecības", IM,
            "Informatīvā bukleta un novada prezentācijas sagatavošana latviešu, angļu un krievu "
            "valodā." + LONG, "11.2019.–12.2019.", 1100, "comma2"),
        act("Vizītes pie diasporas", DV, "Novada delegācijas vizīte pie latviešu kopienas "
            "Lielbritānijā, tikšanās ar skolām un biedrībām.", "02.2020.", 1500, "comma2"),
        act("Semināri un apmācības", SE, "Seminārs par uzņēmējdarbības uzsākšanu novadā un "
            "pieejamajiem atbalsta instrumentiem.", "01.2020.", 700, "comma2"),
        act("Diasporas informēšana", DI, "Tiešsaistes tikšanās ar diasporu reizi mēnesī, "
            "atbildes uz jautājumiem." + LONG, "12.2019.–04.2020.", 900, "comma2"),
        act("Sabiedriskās attiecības", IM, "Preses relīzes un publikācijas diasporas medijos.",
            "visā projekta laikā", 600, "comma2"),
        act("Semināri", SE, "Seminārs remigrējušām ģimenēm par bērnu iekļaušanos skolā.",
            "03.2020.", 800, "comma2"),
        act("Vizīte pie diasporas Īrijā", DV, "Tikšanās ar latviešu kopienu Korkā un Dublinā, "
            "novada iespēju prezentācija." + LONG, "04.2020.", 1400, "comma2"),
        act("Speciālistu apmācības", ST, "Pieredzes apmaiņa ar citu pašvaldību remigrācijas "
            "koordinatoriem.", "02.2020.", 500, "comma2"),
    ],
    act_total=("Kopā", amount(9500, "comma2")),
    targets=(("12", 12), ("2000", 2000)),
    total=(9500, "comma2"), requested=(8550, "comma2"), cof=(950, "comma2"),
    per=("2019-10-01", "2020-05-31", "words"),
    signed=("2019-09-26", "dmy"),
    signatory=("Gunārs Riekstiņš", "Domes priekšsēdētājs"),
    labels={"municipality": "Pieteicējs"},
))

# ------------------------------------------------------------------ 07 Talsi (AcroForm with appearances)
add(spec(
    "07",
    mun=("Talsu novada dome", "Talsu novads"),
    reg=("90009113532", "90009113532"),
    address="Kareivju iela 7, Talsi, Talsu novads, LV-3201",
    region=("Kurzemes", "Kurzeme"),
    contact=("Aivars Liepiņš", "Izpilddirektora vietnieks"),
    phone=("63232110", "+37163232110"),
    email="aivars.liepins@talsi.lv",
    title="Talsi sauc mājās",
    measures="Remigrācijas konsultants pašvaldības Attīstības nodaļā.",
    goal="Informēt un atbalstīt ģimenes, kas vēlas atgriezties Talsu novadā.",
    acts=[
        act("Diasporas informēšana", DI, "Informatīvi vebināri", "11.2019.–04.2020.", 2000, "comma2"),
        act("Vizītes pie diasporas", DV, "Vizīte pie latviešu kopienas Zviedrijā", "03.2020.", 2500,
            "comma2"),
        act("Informatīvu materiālu sagatavošana", IM, "Drukāti materiāli un video", "12.2019.", 1500,
            "comma2"),
    ],
    targets=(("6", 6), ("300", 300)),
    total=(6000, "comma2"), requested=(5400, "comma2"), cof=(600, "comma2"),
    per=("2019-10-01", "2020-05-31", "dmy"),
    signed=("2019-10-03", "dmy"),
    signatory=("Vilnis Sproģis", "Domes priekšsēdētājs"),
    labels={"registration_no": "Reģ. Nr.", "contact_phone": "Tālr."},
))

# ------------------------------------------------------------------ 08 Madona (AcroForm, NeedAppearances)
add(spec(
    "08",
    mun=("Madonas novada pašvaldība", "Madonas novads"),
    reg=("90000054572", "90000054572"),
    address="Saieta laukums 1, Madona, Madonas novads, LV-4801",
    region=("Vidzemes", "Vidzeme"),
    contact=("Kristīne Pētersone", "Attīstības nodaļas vadītāja"),
    phone=("+371 64860090", "+37164860090"),
    email="kristine.petersone@madona.lv",
    title="Atgriešanās Madonā",
    measures="Konsultācijas remigrantiem klātienē un attālināti.\nAtbalsts mājokļa meklēšanā.",
    goal="Sekmēt remigrāciju uz Madonas novadu.",
    acts=[
        act("Diasporas un remigrantu informēšana", DI, "E-pasta jaunumu lapa un konsultācijas",
            "10.2019.–05.2020.", 1800, "space"),
        act("Speciālistu apmācības", ST, "Apmācības pagastu pārvalžu darbiniekiem", "11.2019.", 1200,
            "space"),
        act("Informatīvie materiāli", IM, "Novada prezentācijas materiāli", "12.2019.", 1500, "space"),
        act("Semināri", SE, "Seminārs par nodokļiem un sociālajām garantijām", "02.2020.", 1000,
            "space"),
    ],
    targets=(("5", 5), ("250", 250)),
    total=(5500, "space"), requested=(5500, "space"), cof=(0, "space"),
    per=("2019-10-01", "2020-05-31", "iso"),
    signed=("2019-09-18", "iso"),
    signatory=("Rolands Kalējs", "Domes priekšsēdētājs"),
))

# ------------------------------------------------------------------ 09 Rēzekne (fpdf2 cells)
add(spec(
    "09",
    mun=("Rēzeknes pilsētas dome", "Rēzekne"),
    reg=("9000 008 6859", "90000086859"),
    address="Atbrīvošanas aleja 93, Rēzekne, LV-4601",
    region=("Latgales", "Latgale"),
    contact=("Olga Petrova", "Projektu koordinatore"),
    phone=("64607676", "+37164607676"),
    email="olga.petrova@rezekne.lv",
    title="Rēzekne – Latgales sirds",
    measures="Pilsētas tīmekļa vietnē ir sadaļa «Atgriezies».",
    goal="Veicināt diasporas informētību par dzīvi Rēzeknē.",
    acts=[
        act("Diasporas informēšana un izpratnes veicināšana", DI, "Tiešsaistes tikšanās ar diasporu",
            "2019. gada oktobris–decembris", 2500, "dash_eur"),
        act("Pašvaldības speciālistu apmācības", ST, "Apmācības par remigrantu uzņemšanu",
            "2019. gada novembris", 1500, "dash_eur"),
        act("Informatīvie materiāli", IM, "Buklets un pilsētas karte", "2020. gada janvāris", 2000,
            "dash_eur"),
        act("Vizītes pie diasporas", DV, "Vizīte Norvēģijā", "2020. gada marts", 3500, "dash_eur"),
    ],
    targets=(("20", 20), ("800", 800)),
    total=(9500, "dash_eur"), requested=(9500, "dash_eur"), cof=None,
    per=("2019-10-01", "2020-05-31", "dmy"),
    signed=("2019-09-24", "dmy"),
    signatory=("Juris Bērzkalns", "Domes priekšsēdētājs"),
))

# ------------------------------------------------------------------ 10 Bauska (requested > max)
add(spec(
    "10",
    mun=("Bauskas novada dome", "Bauskas novads"),
    reg=("90009116473", "90009116473"),
    address="Uzvaras iela 1, Bauska, Bauskas novads, LV-3901",
    region=("Zemgales plānošanas reģions", "Zemgale"),
    contact=("Ilze Ozola", "Attīstības un plānošanas nodaļas vadītāja"),
    phone=("63922238", "+37163922238"),
    email="ilze.ozola@bauska.lv",
    title="Bauska – tava vieta",
    measures="Individuālas konsultācijas klientu apkalpošanas centrā.",
    goal="Sekmēt diasporas atgriešanos Bauskas novadā.",
    acts=[
        act("Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā",
            DI, "Informatīvā kampaņa", "10.2019.–03.2020.", 4000, "comma2"),
        act("Vizītes pie diasporas", DV, "Divas vizītes: Lielbritānija un Īrija",
            "11.2019.; 03.2020.", 5000, "comma2"),
        act("Informatīvu materiālu sagatavošana, sabiedriskās attiecības", IM,
            "Video un drukāti materiāli", "12.2019.", 3000, "comma2"),
        act("Semināri un apmācības", SE, "Semināri remigrantu ģimenēm", "02.2020.", 2000, "comma2"),
    ],
    act_total=("Kopā", amount(14000, "comma2")),
    targets=(("25", 25), ("3000", 3000)),
    total=(14000, "comma2"), requested=(12000, "comma2"), cof=(2000, "comma2"),
    per=("2019-10-01", "2020-05-31", "dmy"),
    signed=("2019-09-30", "nom"),
    signatory=("Artūrs Grīnbergs", "Domes priekšsēdētājs"),
    problems=[("requested_eur", "error")],
))

# ------------------------------------------------------------------ 11 Alūksne (weasyprint, margin boxes)
add(spec(
    "11",
    mun=("Alūksnes novada pašvaldība", "Alūksnes novads"),
    reg=("90000018622", "90000018622"),
    address="Dārza iela 11, Alūksne, Alūksnes novads, LV-4301",
    region=("Vidzemes", "Vidzeme"),
    contact=("Evija Sproģe", "Remigrācijas koordinatore"),
    phone=("+371 6438 1496", "+37164381496"),
    email="evija.sproge@aluksne.lv",
    title="Alūksne aicina atpakaļ",
    measures=("Alūksnes novada pašvaldība piedāvā remigrantiem konsultācijas par darba iespējām, "
              "palīdz atrast mājokli un nodrošina vietu pirmsskolas izglītības iestādē."),
    goal="Sekmēt diasporas locekļu atgriešanos Alūksnes novadā.",
    acts=[
        act("Diasporas informēšana", DI, "Informatīvi vebināri par dzīvi Alūksnes novadā, "
            "reģistrācija un ieraksti pašvaldības tīmekļa vietnē", "10.2019.–05.2020.", 1500,
            "comma2"),
        act("Speciālistu apmācības", ST, "Apmācības sociālā dienesta, bāriņtiesas un izglītības "
            "pārvaldes darbiniekiem", "11.2019.", 1000, "comma2"),
        act("Informatīvu materiālu sagatavošana", IM, "Novada ceļvedis remigrantiem drukātā un "
            "elektroniskā formā, tulkojums angļu valodā", "12.2019.", 1200, "comma2"),
        act("Semināri", SE, "Seminārs par uzņēmējdarbības uzsākšanu un atbalsta programmām",
            "01.2020.", 800, "comma2"),
        act("Vizītes pie diasporas", DV, "Vizīte pie latviešu kopienas Somijā, tikšanās ar "
            "biedrībām un skolām", "02.2020.", 1300, "comma2"),
        act("Sabiedriskās attiecības", IM, "Raksti diasporas medijos un sociālajos tīklos",
            "visā projekta laikā", 900, "comma2"),
        act("Diasporas un remigrantu informēšana", DI, "Informatīvs stends latviešu kopienu "
            "pasākumos ārvalstīs", "03.2020.", 1100, "comma2"),
        act("Semināri un apmācības", SE, "Apmācības remigrējušām ģimenēm par valsts pakalpojumiem",
            "04.2020.", 1200, "comma2"),
    ],
    act_total=("Kopā", amount(9000, "comma2")),
    targets=(("10", 10), ("1200", 1200)),
    total=(9000, "comma2_eur"), requested=(8100, "comma2_eur"), cof=(900, "comma2_eur"),
    per=("2019-10-01", "2020-05-31", "words"),
    signed=("2019-09-23", "dmy"),
    signatory=("Anita Zommere", "Domes priekšsēdētāja"),
    labels={"registration_no": "Reģ. Nr.", "contact_phone": "Tālr.",
            "requested_eur": "Pieprasītā summa"},
))

# ------------------------------------------------------------------ 12 Sigulda (missing e-mail)
add(spec(
    "12",
    mun=("Siguldas novada dome", "Siguldas novads"),
    reg=("90000048152", "90000048152"),
    address="Pils iela 16, Sigulda, Siguldas novads, LV-2150",
    region=("Rīgas plānošanas reģions", "Rīga"),
    contact=("Zane Kļaviņa", "Sabiedrisko attiecību nodaļas vadītāja"),
    phone=("67970844", "+37167970844"),
    email=None,
    title="Sigulda – mājās",
    measures="Pašvaldības informatīvajā izdevumā ir rubrika par atgriešanos.",
    goal="Veicināt remigrantu atgriešanos Siguldas novadā.",
    acts=[
        act("Diasporas informēšana", DI, "Tiešsaistes konsultācijas", "10.2019.–05.2020.", 2000,
            "comma2_nbsp"),
        act("Informatīvu materiālu sagatavošana", IM, "Siguldas novada ceļvedis remigrantiem",
            "01.2020.", 1500, "comma2_nbsp"),
        act("Semināri", SE, "Semināri uzņēmējiem, kas atgriezušies", "03.2020.", 1500,
            "comma2_nbsp"),
    ],
    targets=(("5", 5), ("400", 400)),
    total=(5000, "nbsp"), requested=(4500, "nbsp"), cof=(500, "nbsp"),
    per=("2019-10-01", "2020-05-31", "iso"),
    signed=("2019-09-29", "iso"),
    signatory=("Agnese Lāce", "Domes priekšsēdētāja"),
    labels={"contact_email": "E-pasta adrese"},
    problems=[("contact_email", "error")],
))

# ------------------------------------------------------------------ 13 Ventspils novads (LibreOffice, sum mismatch)
add(spec(
    "13",
    mun=("Ventspils novada pašvaldība", "Ventspils novads"),
    reg=("90009117568", "90009117568"),
    address="Skolas iela 4, Ventspils, LV-3601",
    region=("Kurzemes plānošanas reģions", "Kurzeme"),
    contact=("Guntis Dūmiņš", "Projektu vadītājs"),
    phone=("63629450", "+37163629450"),
    email="guntis.dumins@ventspilsnd.lv",
    title="Ventspils novada diaspora – mājās",
    measures="Remigrantu konsultācijas pagastu pārvaldēs.",
    goal="Informēt diasporu par iespējām Ventspils novadā.",
    acts=[
        act("Diasporas informēšana", DI, "Konsultācijas un jaunumu lapa", "11.2019.–05.2020.", 3000,
            "comma2"),
        act("Vizītes pie diasporas", DV, "Vizīte pie latviešu kopienas Īrijā", "02.2020.", 3500,
            "comma2"),
        act("Informatīvie materiāli", IM, "Buklets un video", "12.2019.", 1800, "comma2"),
        act("Semināri", SE, "Seminārs uzņēmējiem", "03.2020.", 1000, "comma2"),
    ],
    targets=(("7", 7), ("500", 500)),
    total=(9500, "comma2"), requested=(9000, "comma2"), cof=(500, "comma2"),
    per=("2019-11-01", "2020-05-31", "dmy"),
    signed=("2019-10-01", "dmy"),
    signatory=("Ēriks Vanags", "Domes priekšsēdētājs"),
    problems=[("total_cost_eur", "warning")],
))

# ------------------------------------------------------------------ 14 Gulbene (abiword)
add(spec(
    "14",
    mun=("Gulbenes novada dome", "Gulbenes novads"),
    reg=("90009116327", "90009116327"),
    address="Ābeļu iela 2, Gulbene, Gulbenes novads, LV-4401",
    region=("Vidzemes plānošanas reģions", "Vidzeme"),
    contact=("Guna Švika", "Attīstības nodaļas vadītāja"),
    phone=("64497710", "+37164497710"),
    email="guna.svika@gulbene.lv",
    title="Gulbene gaida",
    measures="Konsultācijas remigrantiem pašvaldības klientu apkalpošanas centrā.",
    goal="Sekmēt remigrāciju uz Gulbenes novadu.",
    acts=[
        act("Diasporas informēšana", DI, "Informatīvi materiāli e-pastā un tīmekļa vietnē",
            "10.2019.–04.2020.", 1500, "comma2"),
        act("Vizītes pie diasporas", DV, "Vizīte pie latviešu kopienas Norvēģijā", "02.2020.", 2000,
            "comma2"),
        act("Semināri un apmācības", SE, "Seminārs remigrantu ģimenēm", "03.2020.", 1000, "comma2"),
    ],
    targets=(("4", 4), ("200", 200)),
    total=(4500, "comma2_eur"), requested=(4000, "comma2_eur"), cof=(500, "comma2_eur"),
    per=("2019-10-01", "2020-04-30", "dmy"),
    signed=("2019-09-19", "dmy"),
    signatory=("Normunds Priede", "Domes priekšsēdētājs"),
    labels={"contact_phone": "Telefons"},
))

# ------------------------------------------------------------------ 17 Cēsis (scan, no text layer)
add(spec(
    "17",
    mun=("Cēsu novada dome", "Cēsu novads"),
    reg=("90000031048", "90000031048"),
    address="Bērzaines iela 2, Cēsis, Cēsu novads, LV-4101",
    region=("Vidzemes", "Vidzeme"),
    contact=("Laila Dzērve", "Projektu vadītāja"),
    phone=("64161800", "+37164161800"),
    email="laila.dzerve@cesis.lv",
    title="Cēsis – mājas",
    measures="Konsultācijas remigrantiem.",
    goal="Sekmēt atgriešanos Cēsu novadā.",
    acts=[
        act("Diasporas informēšana", DI, "Vebināri", "11.2019.–03.2020.", 2000, "comma2"),
        act("Semināri", SE, "Seminārs", "02.2020.", 1000, "comma2"),
    ],
    targets=(("3", 3), ("150", 150)),
    total=(3000, "comma2"), requested=(3000, "comma2"), cof=None,
    per=("2019-11-01", "2020-03-31", "dmy"),
    signed=("2019-10-02", "dmy"),
    signatory=("Aldis Birznieks", "Domes priekšsēdētājs"),
))

# ------------------------------------------------------------------ 18 Saldus (upper-case labels, variants)
add(spec(
    "18",
    mun=("Saldus novada pašvaldība", "Saldus novads"),
    reg=("90009244823", "90009244823"),
    address="Striķu iela 3, Saldus, Saldus novads, LV-3801",
    region=("KURZEMES", "Kurzeme"),
    contact=("Sarmīte Ziediņa", "Sabiedrisko attiecību speciāliste"),
    phone=("63807280", "+37163807280"),
    email="sarmite.ziedina@saldus.lv",
    title="Saldus – sirdij tuvu",
    measures="Remigrantiem pieejamas bezmaksas latviešu valodas nodarbības.",
    goal="Informēt diasporu par dzīves iespējām Saldus novadā.",
    acts=[
        act("Diasporas informēšana par remigrācijas iespējām", DI, "Informatīvie vebināri",
            "10.2019.–03.2020.", 1800, "dot"),
        act("Transporta izdevumi", None, "Autobusa noma novada iepazīšanas braucienam",
            "04.2020.", 700, "dot"),
        act("Pašvaldību speciālistu apmācības", ST, "Apmācības sociālajiem darbiniekiem",
            "11.2019.", 900, "dot"),
        act("Informatīvu materiālu sagatavošana", IM, "Novada ceļvedis", "12.2019.", 1600, "dot"),
    ],
    act_total=("Pavisam", amount(5000, "dot")),
    targets=(("6", 6), ("450", 450)),
    total=(5000, "dot_eur"), requested=(4500, "dot_eur"), cof=(500, "dot_eur"),
    per=("2019-10-01", "2020-04-30", "iso"),
    signed=("2019-09-16", "iso"),
    signatory=("Mārtiņš Ābele", "Izpilddirektors"),
    label_case="upper",
    labels={"municipality": "Pieteicējs",
            "registration_no": "Nodokļu maksātāja reģistrācijas kods",
            "address": "Adrese", "contact_name": "Atbildīgā persona",
            "contact_phone": "Telefons", "contact_email": "E-pasta adrese",
            "target_remigrants": "Plānotais atgriezušos personu skaits",
            "requested_eur": "Pieprasītā summa", "signed_on": "Paraksta datums"},
    problems=[("activities", "error")], codes=["unknown_activity_kind"],
))

# ------------------------------------------------------------------ 21 Jūrmala (pandoc .docx in .edoc)
add(spec(
    "21",
    mun=("Jūrmalas pilsētas dome", "Jūrmala"),
    reg=("90000056357", "90000056357"),
    address="Jomas iela 1/5, Jūrmala, LV-2015",
    region=("Rīgas", "Rīga"),
    contact=("Ineta Rozīte", "Sabiedrības integrācijas koordinatore"),
    phone=("67093816", "+37167093816"),
    email="ineta.rozite@jurmala.lv",
    title="Jūrmala – atgriešanās krastā",
    measures="Informācija remigrantiem pilsētas tīmekļa vietnē.",
    goal="Veicināt diasporas atgriešanos Jūrmalā.",
    acts=[
        act("Diasporas un remigrantu informēšana", DI, "Konsultācijas un tiešsaistes tikšanās",
            "10.2019.–05.2020.", 2500, "comma2"),
        act("Pašvaldību speciālistu apmācības", ST, "Apmācības pilsētas iestāžu darbiniekiem",
            "11.2019.", 1000, "comma2"),
        act("Informatīvu materiālu sagatavošana, sabiedriskās attiecības", IM,
            "Video un sociālo tīklu kampaņa", "12.2019.–02.2020.", 2000, "comma2"),
    ],
    act_total=("Kopā", amount(5500, "comma2")),
    targets=(("8", 8), ("900", 900)),
    total=(5500, "comma2_eur"), requested=(5000, "comma2_eur"), cof=(500, "comma2_eur"),
    per=("2019-10-01", "2020-05-31", "dmy"),
    signed=("dokumenta datums ir tā elektroniskās parakstīšanas laiks", None),
    signatory=("Kārlis Gailītis", "Domes priekšsēdētājs"),
    numbering="dots",
))

# ------------------------------------------------------------------ 22 Limbaži (PDF + budget + letter in .asice)
add(spec(
    "22",
    mun=("Limbažu novada pašvaldība", "Limbažu novads"),
    reg=("90009114839", "90009114839"),
    address="Rīgas iela 16, Limbaži, Limbažu novads, LV-4001",
    region=("Rīgas plānošanas reģions", "Rīga"),
    contact=("Kristaps Lūsis", "Attīstības nodaļas projektu vadītājs"),
    phone=("64023810", "+37164023810"),
    email="kristaps.lusis@limbazi.lv",
    title="Limbaži – tuvāk nekā šķiet",
    measures="Pašvaldība piedāvā īres dzīvokļus speciālistiem, kas atgriežas.",
    goal="Piesaistīt novadam speciālistus no diasporas.",
    acts=[
        act("Diasporas informēšana", DI, "Darba piedāvājumu apkopojums diasporai", "10.2019.–05.2020.",
            3000, "comma2"),
        act("Vizītes pie diasporas", DV, "Vizīte pie latviešu kopienas Beļģijā", "02.2020.", 3000,
            "comma2"),
        act("Informatīvie materiāli", IM, "Prezentācijas materiāli", "01.2020.", 1500, "comma2"),
        act("Semināri", SE, "Seminārs darba devējiem", "03.2020.", 1500, "comma2"),
    ],
    act_total=("Kopā", amount(9000, "comma2")),
    targets=(("10", 10), ("700", 700)),
    total=(9000, "comma2"), requested=(8000, "comma2"), cof=(1000, "comma2"),
    per=("2019-10-01", "2020-05-31", "dmy"),
    signed=("2019-09-27", "dmy"),
    signatory=("Dzintra Auziņa", "Domes priekšsēdētāja"),
))

# ------------------------------------------------------------------ 23 Dobele (two signatures)
add(spec(
    "23",
    mun=("Dobeles novada dome", "Dobeles novads"),
    reg=("90009115622", "90009115622"),
    address="Brīvības iela 17, Dobele, Dobeles novads, LV-3701",
    region=("Zemgales", "Zemgale"),
    contact=("Ojārs Ķēniņš", "Remigrācijas koordinators"),
    phone=("+371 27 845 612", "+37127845612"),
    email="ojars.kenins@dobele.lv",
    title="Dobele – atgriešanās mājās",
    measures="Remigrantu atbalsta punkts pašvaldības bibliotēkā.",
    goal="Veicināt diasporas atgriešanos Dobeles novadā.",
    acts=[
        act("Diasporas un remigrantu informēšana un izpratnes veicināšana par remigrācijas iespējām Latvijā",
            DI, "Tiešsaistes tikšanās un konsultācijas", "10.2019.–05.2020.", 2600, "comma2"),
        act("Speciālistu apmācības", ST, "Apmācības pagastu pārvalžu darbiniekiem", "12.2019.", 900,
            "comma2"),
        act("Vizītes pie diasporas", DV, "Vizīte pie latviešu kopienas Nīderlandē", "03.2020.", 2500,
            "comma2"),
    ],
    targets=(("6", 6), ("500", 500)),
    total=(6000, "space"), requested=(6000, "space"), cof=None,
    per=("2019-10-01", "2020-05-31", "words"),
    signed=("2019-09-30", "loc"),
    signatory=("Normunds Ceriņš", "Domes priekšsēdētājs"),
))

# ------------------------------------------------------------------ 24 Krāslava (LibreOffice .docx in .edoc)
add(spec(
    "24",
    mun=("Krāslavas novada dome", "Krāslavas novads"),
    reg=("90001267487", "90001267487"),
    address="Rīgas iela 51, Krāslava, Krāslavas novads, LV-5601",
    region=("Latgales plānošanas reģions", "Latgale"),
    contact=("Viktorija Ļebedeva", "Projektu speciāliste"),
    phone=("65624383", "+37165624383"),
    email="viktorija.lebedeva@kraslava.lv",
    title="Krāslava – mājas pie Daugavas",
    measures="Informatīvs tālrunis remigrantiem.",
    goal="Palielināt diasporas informētību par Krāslavas novadu.",
    acts=[
        act("Diasporas informēšana", DI, "Informatīvas tikšanās tiešsaistē", "11.2019.–04.2020.", 2000,
            "comma2"),
        act("Informatīvu materiālu sagatavošana", IM, "Buklets trīs valodās", "12.2019.", 1400,
            "comma2"),
        act("Semināri un apmācības", SE, "Seminārs par mājokļa iegādi", "02.2020.", 1100, "comma2"),
        act("Kultūras programma", None, "Koncerts diasporas pārstāvjiem", "03.2020.", 1500, "comma2"),
    ],
    act_total=("Kopā", amount(6000, "comma2")),
    targets=(("5", 5), ("350", 350)),
    total=(6000, "comma2"), requested=(6000, "comma2"), cof=(0, "comma2"),
    per=("2019-11-01", "2020-04-30", "dmy"),
    signed=("2019-10-04", "dmy"),
    signatory=("Aivars Zaļkalns", "Domes priekšsēdētāja vietnieks"),
    problems=[("activities", "error")], codes=["unknown_activity_kind"],
))

# ------------------------------------------------------------------ 25 Smiltene (PAdES)
add(spec(
    "25",
    mun=("Smiltenes novada dome", "Smiltenes novads"),
    reg=("90009067337", "90009067337"),
    address="Dārza iela 3, Smiltene, Smiltenes novads, LV-4729",
    region=("Vidzemes", "Vidzeme"),
    contact=("Elīna Krūze", "Attīstības plānošanas nodaļas vadītāja"),
    phone=("+371 64707570", "+37164707570"),
    email="elina.kruze@smiltene.lv",
    title="Smiltene – atgriezies!",
    measures="Konsultācijas remigrantiem un atbalsts uzņēmējdarbības uzsākšanai.",
    goal="Sekmēt ģimeņu atgriešanos Smiltenes novadā.",
    acts=[
        act("Diasporas informēšana", DI, "Vebināri un individuālas konsultācijas",
            "10.2019.–05.2020.", 2200, "comma2"),
        act("Vizītes pie diasporas", DV, "Vizīte pie latviešu kopienas Anglijā", "02.2020.", 2800,
            "comma2"),
        act("Sabiedriskās attiecības", IM, "Publikācijas diasporas medijos", "visā projekta laikā",
            1000, "comma2"),
    ],
    act_total=("Kopā", amount(6000, "comma2")),
    targets=(("7", 7), ("600", 600)),
    total=(6000, "comma2"), requested=(5500, "comma2"), cof=(500, "comma2"),
    per=("2019-10-01", "2020-05-31", "words"),
    signed=("2019-09-26", "loc"),
    signatory=("Gints Kukainis", "Domes priekšsēdētājs"),
    labels={"signed_on": "Paraksta datums"},
))
