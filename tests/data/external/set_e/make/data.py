# -*- coding: utf-8 -*-
"""Shared data for set_e: per form the expected values plus the strings as the clerk wrote them.
Every generator renders W(form) strings; expected.json is built from EXP(form)."""
import datetime as dt
from decimal import Decimal

MON = {
    'nom': ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'],
    'gen': ['janvāra', 'februāra', 'marta', 'aprīļa', 'maija', 'jūnija', 'jūlija', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
    'dat': ['janvārim', 'februārim', 'martam', 'aprīlim', 'maijam', 'jūnijam', 'jūlijam', 'augustam', 'septembrim', 'oktobrim', 'novembrim', 'decembrim'],
    'loc': ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'],
}
NBSP = '\u00a0'


def _grp(n, sep=' '):
    s = str(n)
    out = ''
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def amount(v, style):
    d = Decimal(v)
    i = int(d)
    c = int((d - i) * 100)
    if style == 'lv2':        # 9 500,00
        return f'{_grp(i)},{c:02d}'
    if style == 'lv2_eur':    # 9 500,00 EUR
        return f'{_grp(i)},{c:02d} EUR'
    if style == 'sym':        # € 9 500
        assert c == 0
        return f'€ {_grp(i)}'
    if style == 'dot_eur':    # 9500.00 EUR
        return f'{i}.{c:02d} EUR'
    if style == 'dash':       # 9 500,- EUR
        assert c == 0
        return f'{_grp(i)},- EUR'
    if style == 'nbsp':       # 9<nbsp>500 EUR
        assert c == 0
        return f'{_grp(i, NBSP)} EUR'
    if style == 'plain':      # 9500
        assert c == 0
        return f'{i}'
    raise ValueError(style)


def date(iso, style):
    d = dt.date.fromisoformat(iso)
    if style == 'dmy':
        return f'{d.day:02d}.{d.month:02d}.{d.year}.'
    if style == 'iso':
        return iso
    return f'{d.year}. gada {d.day}. {MON[style][d.month - 1]}'


def period(s, e, style):
    if style == 'dmy':
        return f'no {date(s, "dmy")} līdz {date(e, "dmy")}'
    if style == 'iso':
        return f'no {s} līdz {e}'
    if style == 'words':
        return f'no {date(s, "gen")} līdz {date(e, "dat")}'
    raise ValueError(style)


# ---------------------------------------------------------------------------
# Each form: 'exp' = expected values (subset; amounts as "0.00" strings), 'w' = how written.
# Activities: (kind_code, kind_text, description, period_or_None, cost)
F = {}

F['e01_preilu_novads.docx'] = dict(
    producer='python-docx (blank-form style: 2-column label/value table, numbered labels)',
    municipality='Preiļu novads', mun_w='Preiļu novada dome',
    registration_no='90000065595', reg_w='90000065595',
    address='Raiņa bulvāris 19, Preiļi, Preiļu novads, LV-5301',
    planning_region='Latgale', reg_region_w='Latgales plānošanas reģions',
    contact_name='Inese Vilcāne', contact_position='attīstības nodaļas projektu vadītāja',
    contact_phone='+37165322766', phone_w='65322766',
    contact_email='inese.vilcane@preili.lv',
    title='Atgriezies Preiļos!',
    current_measures='Pašvaldības mājaslapā ir sadaļa "Atgriezies mājās", kur apkopota informācija par darba vietām, bērnudārziem un skolām. Remigrantu ģimenēm tiek nodrošināta rindas priekšrocība pirmsskolas izglītības iestādēs.',
    goal='Veicināt diasporas un remigrantu informētību par dzīves, darba un uzņēmējdarbības iespējām Preiļu novadā un sniegt individuālu atbalstu atgriešanās procesā.',
    acts=[
        ('diaspora_information', 'Diasporas un remigrantu informēšana', 'Individuālas konsultācijas un atbilžu sniegšana uz diasporas jautājumiem e-pastā un sociālajos tīklos', '10.2019.–05.2020.', '3000.00'),
        ('information_materials', 'Informatīvu materiālu sagatavošana', 'Bukleta "Dzīve Preiļu novadā" izstrāde latviešu un angļu valodā, 500 eksemplāri', '11.2019.–01.2020.', '2500.00'),
        ('diaspora_visits', 'Vizītes pie diasporas', 'Piedalīšanās latviešu kopienas pasākumā Dublinā, Īrijā', '03.2020.', '4000.00'),
    ],
    target_remigrants=12, target_reached=800,
    total='9500.00', requested='9500.00', cofin=None, amt='lv2',
    start='2019-10-01', end='2020-05-31', per='dmy',
    signed_on='2019-09-20', sig_date_style='dmy',
    signatory_name='Maruta Plivda', signatory_position='domes priekšsēdētāja',
)

F['e02_talsu_novads.pdf'] = dict(
    producer='HTML → Chromium --print-to-pdf (paragraphs "Label: value", no numbering, header/footer)',
    municipality='Talsu novads', mun_w='Talsu novada pašvaldība',
    registration_no='90009113532', reg_w='9000 911 3532',
    address='Kareivju iela 7, Talsi, Talsu novads, LV-3201',
    planning_region='Kurzeme', reg_region_w='Kurzemes plānošanas reģions',
    contact_name='Kristaps Ozoliņš', contact_position='sabiedrisko attiecību speciālists',
    contact_phone='+37163232110', phone_w='+371 63232110',
    contact_email='kristaps.ozolins@talsi.lv',
    title='Talsu novads – mājas, kur atgriezties',
    current_measures='Līdz šim pašvaldība remigrantiem sniegusi konsultācijas pēc pieprasījuma. Kopš 2018. gada darbojas uzņēmējdarbības atbalsta centrs, kas konsultē arī ārvalstīs dzīvojošos tautiešus.',
    goal='Izveidot vienotu atbalsta sistēmu remigrantiem un stiprināt saikni ar Talsu novada izcelsmes diasporu Apvienotajā Karalistē un Vācijā.',
    acts=[
        ('specialist_training', 'Pašvaldības speciālistu apmācības par remigrācijas jautājumiem', 'Divas mācību dienas sociālā dienesta un izglītības pārvaldes darbiniekiem', '2019. gada novembris', '1400.00'),
        ('information_materials', 'Sabiedriskās attiecības', 'Video stāstu sērija par novadā atgriezušos ģimenēm, publicēšana sociālajos tīklos', '2019. gada decembris – 2020. gada marts', '3000.00'),
        ('diaspora_visits', 'Vizītes pie diasporas', 'Tikšanās ar latviešu kopienu Londonā', '2020. gada februāris', '4000.00'),
    ],
    extra_col=('Atbildīgais', ['Izglītības pārvalde', 'Sabiedrisko attiecību nodaļa', 'Attīstības nodaļa']),
    target_remigrants=10, target_reached=1500,
    total='8400.00', requested='8400.00', cofin=None, amt='sym',
    start='2019-10-01', end='2020-04-30', per='words',
    signed_on='2019-09-18', sig_date_style='loc',
    signatory_name='Aivars Lācarus', signatory_position='domes priekšsēdētājs',
)

F['e03_siguldas_novads.docx'] = dict(
    producer='Node "docx" library (label-above layout, two-row merged activities header)',
    municipality='Siguldas novads', mun_w='Siguldas novada pašvaldība',
    registration_no='90000048152', reg_w='90000048152',
    address='Pils iela 16, Sigulda, Siguldas novads, LV-2150',
    planning_region='Rīga', reg_region_w='Rīgas',
    contact_name='Līga Bērziņa', contact_position='Attīstības pārvaldes vadītājas vietniece',
    contact_phone='+37167970844', phone_w='67 970 844',
    contact_email='liga.berzina@sigulda.lv',
    title='Sigulda sauc mājās',
    current_measures='Pašvaldība piešķir līdzfinansējumu remigrantu uzņēmumu izveidei konkursā "Siguldas novada uzņēmējdarbības atbalsts".\nSkolās darbojas latviešu valodas atbalsta nodarbības reemigrējušo ģimeņu bērniem.',
    goal='Palielināt novadā atgriezušos iedzīvotāju skaitu, nodrošinot viņiem personalizētu informāciju un kontaktpersonu pašvaldībā.',
    acts=[
        ('seminars', 'Semināri un apmācības', 'Semināru cikls "Atgriešanās soli pa solim" tiešsaistē diasporai (4 semināri)', 'no 2019. gada novembra līdz 2020. gada martam', '2000.00'),
        ('diaspora_information', 'Remigrantu informēšana par remigrācijas iespējām Latvijā', 'Reģionālā remigrācijas koordinatora darbs un vakanču apkopojums', 'visu projekta laiku', '5500.00'),
        ('information_materials', 'Informatīvo materiālu sagatavošana', 'Ceļveža "Dzīve Siguldā" sagatavošana un tulkošana', 'janvāris–februāris', '2000.00'),
    ],
    target_remigrants=20, target_reached=2000,
    total='9500.00', requested='9000.00', cofin='500.00', amt='dot_eur',
    start='2019-10-01', end='2020-05-31', per='iso',
    signed_on='2019-09-25', sig_date_style='iso',
    signatory_name='Uģis Mitrevics', signatory_position='domes priekšsēdētājs',
)

F['e04_valmiera.pdf'] = dict(
    producer='odfpy .odt → LibreOffice (soffice --convert-to pdf); tables without colons, page break inside activities table',
    municipality='Valmiera', mun_w='Valmieras pilsētas pašvaldība',
    registration_no='90000043403', reg_w='90000043403',
    address='Lāčplēša iela 2, Valmiera, LV-4201',
    planning_region='Vidzeme', reg_region_w='VIDZEMES',
    contact_name='Agnese Kalniņa', contact_position='remigrācijas koordinatore',
    contact_phone='+37126418853', phone_w='+371 26418853',
    contact_email='agnese.kalnina@valmiera.lv',
    title='Valmiera – tuvāk mājām',
    current_measures='Valmieras pilsētas pašvaldība kopš 2018. gada piedalās Vidzemes plānošanas reģiona remigrācijas koordinatora projektā. Tiek rīkotas tikšanās ar uzņēmējiem par darba vietām remigrantiem.',
    goal='Sniegt diasporai aktuālu informāciju par darba, mājokļa un izglītības iespējām Valmierā un sagatavot pašvaldības darbiniekus remigrantu uzņemšanai.',
    acts=[
        ('diaspora_information', 'Diasporas informēšana un izpratnes veicināšana', 'Informatīvā kampaņa diasporas medijos par darba iespējām Valmierā', 'oktobris–decembris', '1800.00'),
        ('specialist_training', 'Speciālistu apmācības par remigrācijas jautājumiem', 'Apmācības 25 pašvaldības iestāžu darbiniekiem par remigrantu vajadzībām', 'novembris', '900.00'),
        ('seminars', 'Semināri', 'Tiešsaistes seminārs diasporas uzņēmējiem par uzņēmējdarbības uzsākšanu', 'janvāris', '700.00'),
        ('information_materials', 'Informatīvo materiālu sagatavošana', 'Vietnes sadaļas "Atgriezies Valmierā" izveide un uzturēšana', 'decembris–maijs', '1800.00'),
        ('diaspora_visits', 'Vizītes pie diasporas', 'Dalība Eiropas latviešu dziesmu svētkos ar Valmieras stendu', 'marts', '2000.00'),
    ],
    target_remigrants=25, target_reached=3000,
    total='7200.00', requested='7200.00', cofin='0.00', amt='dash',
    start='2019-10-15', end='2020-05-15', per='dmy',
    signed_on='2019-09-30', sig_date_style='dmy',
    signatory_name='Jānis Baiks', signatory_position='domes priekšsēdētājs',
)

F['e05_jelgavas_novads.docx'] = dict(
    producer='HTML → LibreOffice (soffice --convert-to docx); numbered paragraphs "2.1. Label: value"; MISTAKES: requested > 10 000, activities sum ≠ total',
    municipality='Jelgavas novads', mun_w='Jelgavas novada pašvaldība',
    registration_no='90009118031', reg_w='90009118031',
    address='Pasta iela 37, Jelgava, LV-3001',
    planning_region='Zemgale', reg_region_w='Zemgales plānošanas reģions',
    contact_name='Dace Liepiņa', contact_position='projektu koordinatore',
    contact_phone='+37163022238', phone_w='630 22 238',
    contact_email='dace.liepina@jelgavasnovads.lv',
    title='Jelgavas novads gaida mājās',
    current_measures='Pašvaldības tīmekļvietnē publicēta informācija par brīvajām darba vietām novadā.',
    goal='Sasniegt vismaz 15 ģimeņu atgriešanos Jelgavas novadā līdz 2020. gada beigām.',
    acts=[
        ('diaspora_visits', 'Vizītes pie diasporas', 'Pašvaldības delegācijas vizīte pie latviešu kopienas Norvēģijā', 'februāris–marts', '6500.00'),
        ('information_materials', 'Informatīvu materiālu sagatavošana, sabiedriskās attiecības', 'Reklāmas kampaņa sociālajos tīklos un diasporas portālos', 'novembris–aprīlis', '3200.00'),
        ('seminars', 'Semināri un apmācības', 'Semināri remigrantiem par nodokļiem un sociālajām garantijām Latvijā', 'decembris', '2000.00'),
    ],
    target_remigrants=15, target_reached=1000,
    total='12500.00', requested='12000.00', cofin='500.00', amt='lv2_eur',
    start='2019-11-01', end='2020-05-31', per='dmy',
    signed_on='2019-10-01', sig_date_style='dmy',
    signatory_name='Ilze Vītola', signatory_position='pašvaldības izpilddirektore',
)

F['e06_rezekne.pdf'] = dict(
    producer='XeLaTeX (tabularx label/value, longtable activities with "Pavisam" row)',
    municipality='Rēzekne', mun_w='Rēzeknes pilsētas dome',
    registration_no='90000023346', reg_w='90000023346',
    address='Atbrīvošanas aleja 93, Rēzekne, LV-4601',
    planning_region='Latgale', reg_region_w='Latgales',
    contact_name='Jeļena Ivanova', contact_position='Attīstības departamenta vadītāja',
    contact_phone='+37164607600', phone_w='+371 646 07 600',
    contact_email='jelena.ivanova@rezekne.lv',
    title='Rēzekne aicina atgriezties',
    current_measures='Rēzeknes Speciālās ekonomiskās zonas uzņēmumi piedāvā vakances arī remigrantiem. Pašvaldība organizē Latgales diasporas salidojumus.',
    goal='Informēt Latgales izcelsmes diasporu par karjeras un dzīves iespējām Rēzeknē un sagatavot pašvaldības speciālistus darbam ar remigrantiem.',
    acts=[
        ('diaspora_information', 'Diasporas informēšana par remigrācijas iespējām', 'Tiešsaistes "atvērto durvju dienas" ar Rēzeknes uzņēmumiem', 'decembris, marts', '3000.00'),
        ('specialist_training', 'Pašvaldību speciālistu apmācības', 'Mācības sociālā dienesta un skolu darbiniekiem par remigrantu bērnu integrāciju', 'janvāris', '2000.00'),
        ('diaspora_visits', 'Vizītes pie diasporas', 'Vizīte pie latviešu kopienas Īrijā (Korka)', 'aprīlis', '5000.00'),
    ],
    target_remigrants=18, target_reached=2500,
    total='10000.00', requested='10000.00', cofin=None, amt='nbsp',
    start='2019-10-01', end='2020-05-31', per='words',
    signed_on='2019-09-15', sig_date_style='nom',
    signatory_name='Aleksandrs Bartaševičs', signatory_position='domes priekšsēdētājs',
)

F['e07_kuldigas_novads.docx'] = dict(
    producer='pandoc Markdown → docx (bold labels "**Label:** value", pipe table with extra column)',
    municipality='Kuldīgas novads', mun_w='Kuldīgas novada pašvaldība',
    registration_no='90000035590', reg_w='9000 003 5590',
    address='Baznīcas iela 1, Kuldīga, Kuldīgas novads, LV-3301',
    planning_region='Kurzeme', reg_region_w='Kurzemes plānošanas reģions',
    contact_name='Elīna Šteinberga', contact_position='uzņēmējdarbības atbalsta speciāliste',
    contact_phone='+37163322469', phone_w='+37163322469',
    contact_email='elina.steinberga@kuldiga.lv',
    title='Kuldīga – vieta, kur palikt',
    current_measures='Kuldīgas novadā darbojas uzņēmējdarbības grantu konkurss "Kuldīgas novada uzņēmēju atbalsts", kurā var piedalīties arī remigranti.',
    goal='Uzrunāt Kuldīgas novada izcelsmes diasporu, sniegt tai praktisku informāciju un izveidot kontaktpunktu pašvaldībā.',
    acts=[
        ('diaspora_information', 'Diasporas un remigrantu informēšana', 'Informatīvu vēstkopu sūtīšana diasporai reizi mēnesī', 'oktobris–maijs', '1850.50'),
        ('seminars', 'Semināri un apmācības', 'Divi semināri "Uzņēmējdarbības uzsākšana Kuldīgā" klātienē un tiešsaistē', 'februāris, aprīlis', '2000.00'),
        ('information_materials', 'Sabiedriskās attiecības un informatīvi materiāli', 'Foto un video materiāli par novada ģimenēm, kas atgriezušās', 'novembris–marts', '3000.00'),
    ],
    extra_col=('Atbildīgais', ['Attīstības nodaļa', 'Uzņēmējdarbības centrs', 'Komunikācijas nodaļa']),
    target_remigrants=8, target_reached=600,
    total='6850.50', requested='6000.00', cofin='850.50', amt='lv2_eur',
    start='2019-10-01', end='2020-05-31', per='dmy',
    signed_on='2019-09-27', sig_date_style='dmy',
    signatory_name='Inga Bērziņa', signatory_position='domes priekšsēdētāja',
)

F['e08_madonas_novads.pdf'] = dict(
    producer='ReportLab (Platypus; label/value table; activities table split across pages with repeated header; footer)',
    municipality='Madonas novads', mun_w='Madonas novada pašvaldība',
    registration_no='90000054572', reg_w='90000054572',
    address='Saieta laukums 1, Madona, Madonas novads, LV-4801',
    planning_region='Vidzeme', reg_region_w='Vidzemes plānošanas reģions',
    contact_name='Ramona Vucāne', contact_position='Projektu un attīstības nodaļas vadītāja',
    contact_phone='+37164860090', phone_w='64860090',
    contact_email='ramona.vucane@madona.lv',
    title='Madonas novads – mana vieta',
    current_measures='Madonas novada pašvaldība īsteno jauniešu atbalsta programmu un piedāvā dzīvokļus speciālistiem, kuri pārceļas uz novadu. Novadā darbojas uzņēmējdarbības konsultants, kas sniedz konsultācijas arī attālināti. Informācija remigrantiem līdz šim bija izkaisīta dažādās tīmekļvietnēs, tāpēc projekta ietvaros to plānots apkopot vienuviet.',
    goal='Izveidot remigrācijas atbalsta punktu Madonas novadā un nodrošināt diasporai pieejamu, praktisku informāciju par atgriešanos.\nStiprināt pašvaldības darbinieku prasmes remigrantu konsultēšanā.',
    acts=[
        ('diaspora_information', 'Diasporas informēšana', 'Remigrācijas atbalsta punkta darbs: konsultācijas klātienē, pa tālruni un e-pastā', '2019. gada oktobris – 2020. gada maijs', '3960.00'),
        ('specialist_training', 'Pašvaldības speciālistu apmācības', 'Apmācības pagastu pārvalžu darbiniekiem', '2019. gada novembris', '1000.00'),
        ('information_materials', 'Informatīvo materiālu sagatavošana', 'Informatīvs izdevums "Atgriezies Madonā" un tā izplatīšana', '2020. gada janvāris', '1500.00'),
        ('seminars', 'Semināri', 'Semināri diasporai par mājokļa iegādi un bērnu izglītību', '2020. gada februāris', '1500.00'),
        ('diaspora_visits', 'Vizītes pie diasporas', 'Tikšanās ar latviešu kopienu Zviedrijā', '2020. gada marts', '2000.00'),
    ],
    target_remigrants=14, target_reached=1800,
    total='9960.00', requested='9960.00', cofin='0.00', amt='lv2',
    start='2019-10-01', end='2020-05-31', per='words',
    signed_on='2019-09-26', sig_date_style='dmy',
    signatory_name='Agris Lungevičs', signatory_position='domes priekšsēdētājs',
)

F['e09_bauskas_novads.pdf'] = dict(
    producer='fpdf2 → re-distilled with Ghostscript (gs -sDEVICE=pdfwrite); label on its own line, value below',
    municipality='Bauskas novads', mun_w='Bauskas novada dome',
    registration_no='90009116327', reg_w='90009116327',
    address='Uzvaras iela 1, Bauska, Bauskas novads, LV-3901',
    planning_region='Zemgale', reg_region_w='Zemgales',
    contact_name='Māris Kalējs', contact_position='attīstības plānotājs',
    contact_phone='+37163922238', phone_w='63922238',
    contact_email='maris.kalejs@bauska.lv',
    title='Bauskas novads – atgriezies un paliec',
    current_measures='Pašvaldības tīmekļvietnē ir sadaļa par brīvajām darba vietām novadā. Citu mērķtiecīgu remigrācijas atbalsta pasākumu līdz šim nav bijis.',
    goal='Nodrošināt diasporai informāciju par iespējām atgriezties Bauskas novadā.',
    acts=[
        ('diaspora_information', 'Diasporas informēšana', 'Informācijas sagatavošana un izplatīšana diasporas kopienām', 'oktobris–maijs', '2000.00'),
        ('information_materials', 'Informatīvu materiālu sagatavošana', 'Bukleta sagatavošana un druka', 'decembris', '1500.00'),
        ('seminars', 'Semināri', 'Tiešsaistes seminārs diasporai', 'marts', '1500.00'),
    ],
    target_remigrants=5, target_reached=500,
    total='5000.00', requested='5000.00', cofin=None, amt='dot_eur',
    start='2019-10-01', end='2020-05-31', per='dmy',
    signed_on='2019-09-24', sig_date_style='dmy',
    signatory_name='Aivars Okmanis', signatory_position='domes priekšsēdētājs',
)

F['e10_ogres_novads.docx'] = dict(
    producer='HTML → AbiWord (abiword --to=docx); MISTAKES: e-mail left empty, unsupported activity kind',
    municipality='Ogres novads', mun_w='Ogres novada pašvaldība',
    registration_no='90000024332', reg_w='90000024332',
    address='Brīvības iela 33, Ogre, Ogres novads, LV-5001',
    planning_region='Rīga', reg_region_w='Rīgas plānošanas reģions',
    contact_name='Santa Krūmiņa', contact_position='jaunatnes lietu speciāliste',
    contact_phone='+37129123456', phone_w='29 123 456',
    contact_email=None,
    title='Ogre – tuvu Rīgai, tuvu mājām',
    current_measures='Nav.',
    goal='Piesaistīt Ogres novadam remigrantu ģimenes ar bērniem.',
    acts=[
        ('diaspora_information', 'Remigrantu informēšana', 'Informācija par pirmsskolas izglītības iestādēm un skolām', 'novembris–maijs', '1800.00'),
        (None, 'Kultūras un sporta pasākumu organizēšana', 'Sporta svētki remigrantu ģimenēm Ogres estrādē', 'maijs', '2500.00'),
    ],
    target_remigrants=6, target_reached=400,
    total='4300.00', requested='4300.00', cofin=None, amt='sym',
    start='2019-11-01', end='2020-05-31', per='dmy',
    signed_on='2019-10-02', sig_date_style='dmy',
    signatory_name='Egils Helmanis', signatory_position='domes priekšsēdētājs',
)

F['e11_augsdaugavas_novads.pdf'] = dict(
    producer='HTML → wkhtmltopdf (post-2021 municipality; label-above layout in boxes, activities with total row)',
    municipality='Augšdaugavas novads', mun_w='Augšdaugavas novada pašvaldība',
    registration_no='90000077325', reg_w='90000077325',
    address='Rīgas iela 2, Daugavpils, LV-5401',
    planning_region='Latgale', reg_region_w='Latgales plānošanas reģions',
    contact_name='Olga Petrova', contact_position='attīstības daļas speciāliste',
    contact_phone='+37165476800', phone_w='+371 65 476 800',
    contact_email='olga.petrova@augsdaugavasnovads.lv',
    title='Augšdaugava – tava atgriešanās vieta',
    current_measures='Pēc administratīvi teritoriālās reformas pašvaldība apvieno remigrantu atbalsta pieredzi no bijušā Daugavpils un Ilūkstes novada.',
    goal='Izveidot vienotu informācijas punktu remigrantiem Augšdaugavas novadā.',
    acts=[
        ('diaspora_information', 'Diasporas un remigrantu informēšana un izpratnes veicināšana', 'Konsultācijas un tiešsaistes tikšanās ar diasporu', '2022. gada marts – novembris', '3500.00'),
        ('specialist_training', 'Pašvaldību speciālistu apmācības par remigrācijas jautājumiem', 'Mācības pagastu pārvalžu darbiniekiem', '2022. gada aprīlis', '1500.00'),
        ('diaspora_visits', 'Vizītes pie diasporas', 'Vizīte pie latviešu kopienas Vācijā', '2022. gada jūnijs', '3000.00'),
    ],
    target_remigrants=10, target_reached=900,
    total='8000.00', requested='8000.00', cofin=None, amt='lv2_eur',
    start='2022-03-01', end='2022-11-30', per='dmy',
    signed_on='2022-02-14', sig_date_style='dmy',
    signatory_name='Aivars Rasčevskis', signatory_position='domes priekšsēdētājs',
)

F['e12_ventspils.docx'] = dict(
    producer='docx-mailmerge (template with MERGEFIELDs built by python-docx, merged; 3-column table with Nr. column)',
    municipality='Ventspils', mun_w='Ventspils pilsētas dome',
    registration_no='90000051868', reg_w='90000051868',
    address='Jūras iela 36, Ventspils, LV-3601',
    planning_region='Kurzeme', reg_region_w='Kurzemes plānošanas reģions',
    contact_name='Anita Jansone', contact_position='Attīstības plānošanas nodaļas vadītāja',
    contact_phone='+37163601100', phone_w='+371 636 01100',
    contact_email='anita.jansone@ventspils.lv',
    title='Ventspils – pilsēta, kurā atgriezties',
    current_measures='Ventspils pilsētas dome sniedz mājokļa atbalstu jaunajiem speciālistiem. Ventspils Augsto tehnoloģiju parks konsultē uzņēmējus, tostarp remigrantus.',
    goal='Veicināt remigrantu atgriešanos Ventspilī, sniedzot mērķtiecīgu informāciju par darba un mājokļa iespējām.',
    acts=[
        ('diaspora_information', 'Diasporas informēšana par remigrācijas iespējām Latvijā', 'Digitāla kampaņa diasporas kopienās', 'novembris–aprīlis', '3499.99'),
        ('information_materials', 'Informatīvu materiālu sagatavošana', 'Informatīvā video un ceļveža izstrāde', 'decembris–februāris', '2500.00'),
        ('seminars', 'Semināri un apmācības', 'Tiešsaistes semināri diasporai par darba tirgu Ventspilī', 'marts', '1000.00'),
        ('diaspora_visits', 'Vizītes pie diasporas', 'Tikšanās ar latviešu kopienu Briselē', 'aprīlis', '3000.00'),
    ],
    target_remigrants=15, target_reached=2200,
    total='9999.99', requested='9999.99', cofin=None, amt='lv2',
    start='2019-10-01', end='2020-05-31', per='iso',
    signed_on='2019-09-30', sig_date_style='iso',
    signatory_name='Jānis Vītoliņš', signatory_position='domes priekšsēdētāja pienākumu izpildītājs',
)


def W(f):
    """The strings as written on the form."""
    a = f['amt']
    w = dict(
        municipality=f['mun_w'], registration_no=f['reg_w'], address=f['address'],
        planning_region=f['reg_region_w'], contact_name=f['contact_name'],
        contact_position=f['contact_position'], contact_phone=f['phone_w'],
        contact_email=f['contact_email'] or '', title=f['title'],
        current_measures=f['current_measures'], goal=f['goal'],
        target_remigrants=str(f['target_remigrants']), target_reached=str(f['target_reached']),
        total_cost_eur=amount(f['total'], a), requested_eur=amount(f['requested'], a),
        cofinancing_eur=amount(f['cofin'], a) if f['cofin'] is not None else None,
        period=period(f['start'], f['end'], f['per']),
        signed_on=date(f['signed_on'], f['sig_date_style']) if f['sig_date_style'] not in ('loc',) else date(f['signed_on'], 'loc'),
        signatory_name=f['signatory_name'], signatory_position=f['signatory_position'],
        acts=[dict(kind=k[1], description=k[2], period=k[3] or '', cost=amount(k[4], a)) for k in f['acts']],
    )
    return w


def EXP(f):
    return dict(
        municipality=f['municipality'], registration_no=f['registration_no'], address=f['address'],
        planning_region=f['planning_region'], contact_name=f['contact_name'],
        contact_position=f['contact_position'], contact_phone=f['contact_phone'],
        contact_email=f['contact_email'], title=f['title'], current_measures=f['current_measures'],
        goal=f['goal'],
        activities=[dict(kind=k[0], description=k[2], period=k[3], cost_eur=k[4]) for k in f['acts']],
        target_remigrants=f['target_remigrants'], target_reached=f['target_reached'],
        total_cost_eur=f['total'], requested_eur=f['requested'],
        cofinancing_eur=f['cofin'] if f['cofin'] is not None else '0.00',
        period_start=f['start'], period_end=f['end'], signed_on=f['signed_on'],
        signatory_name=f['signatory_name'], signatory_position=f['signatory_position'],
    )
