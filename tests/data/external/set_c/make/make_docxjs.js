// c01, c02, c03, c04, c08, c09: .docx written by the npm `docx` library (as web apps do).
const fs = require('fs');
const path = require('path');
const d = require('docx');
const { form, T, OUT } = require('./common');

const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle,
  Header, Footer, PageNumber, AlignmentType, VerticalMergeType, ShadingType, PageOrientation,
  TableLayoutType, HeightRule,
} = d;

// ---------------------------------------------------------------- helpers
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function para(text, o = {}) {
  const runs = [];
  if (o.label !== undefined) runs.push(new TextRun({ text: o.label, bold: true, size: o.size }));
  if (text !== null && text !== undefined && text !== '')
    runs.push(new TextRun({ text, bold: o.bold, size: o.size, italics: o.italics }));
  return new Paragraph({
    children: runs, alignment: o.align, spacing: { after: o.after ?? 60, before: o.before ?? 0 },
    keepNext: o.keepNext,
  });
}

function cell(text, o = {}) {
  const paras = Array.isArray(text) ? text.map((t) => para(t, o)) : [para(text ?? '', o)];
  return new TableCell({
    children: paras,
    width: o.width ? { size: o.width, type: WidthType.DXA } : undefined,
    columnSpan: o.span,
    verticalMerge: o.vmerge,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function table(rows, widths, o = {}) {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: o.borders,
    layout: TableLayoutType.FIXED,
  });
}

function kvTable(pairs, widths, o = {}) {
  return table(
    pairs.map(([l, v]) => new TableRow({ children: [
      cell(l, { bold: o.boldLabel !== false, width: widths[0], shade: o.shade }),
      cell(v, { width: widths[1] }),
    ] })),
    widths, o,
  );
}

function heading(text, o = {}) {
  return new Paragraph({
    children: [new TextRun({ text, bold: true, size: o.size ?? 24, allCaps: o.caps })],
    spacing: { before: 240, after: 120 }, keepNext: true,
  });
}

function intro(f, o = {}) {
  return [
    para(T.annex, { align: AlignmentType.RIGHT, after: 0 }),
    para(T.rules, { align: AlignmentType.RIGHT, italics: true, after: 240 }),
    new Paragraph({ children: [new TextRun({ text: T.formTitle, bold: true, size: 28 })], alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
  ];
}

function activityRows(f, widths, o = {}) {
  const rows = [];
  f.w.activities.forEach((a, i) => {
    const extra = a.extra ? a.extra.split('|') : [];
    const cells = [
      cell(`${i + 1}.`, { width: widths[0] }),
      cell(a.kind, { width: widths[1] }),
      cell(a.description, { width: widths[2] }),
      cell(a.period ?? '', { width: widths[3] }),
      cell(a.cost, { width: widths[4], align: AlignmentType.RIGHT }),
    ];
    (o.extraCols || []).forEach((_, k) => cells.push(cell(extra[k] ?? '', { width: widths[5 + k] })));
    rows.push(new TableRow({ children: cells, cantSplit: true }));
  });
  if (o.totalLabel) {
    const cells = [
      cell(o.totalLabel, { bold: true, span: 4, align: AlignmentType.RIGHT }),
      cell(f.w.activities_total, { bold: true, align: AlignmentType.RIGHT }),
    ];
    (o.extraCols || []).forEach(() => cells.push(cell('')));
    rows.push(new TableRow({ children: cells }));
  }
  return rows;
}

function simpleActivityTable(f, widths, o = {}) {
  const head = T.actHead.concat(o.extraCols || []);
  const header = new TableRow({
    tableHeader: true,
    children: head.map((h, k) => cell(h, { bold: true, width: widths[k], shade: o.shade })),
  });
  return table([header, ...activityRows(f, widths, o)], widths, o);
}

function letterheadHeader(lines) {
  return new Header({ children: lines.map((l, i) => new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: l, bold: i === 0, size: i === 0 ? 22 : 16, color: i === 0 ? '1F3864' : '555555' })],
    border: i === lines.length - 1 ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 4 } } : undefined,
  })) });
}

function pageFooter(kind) {
  const children = kind === 'of'
    ? [new TextRun({ children: ['Lapa ', PageNumber.CURRENT, ' no ', PageNumber.TOTAL_PAGES], size: 16 })]
    : [new TextRun({ children: ['– ', PageNumber.CURRENT, ' –'], size: 18 })];
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

async function save(f, doc) {
  const buf = await Packer.toBuffer(doc);
  fs.writeFileSync(path.join(OUT, f.file), buf);
  console.log('wrote', f.file);
}

const A4 = { width: 11906, height: 16838 };
const margins = { top: 1134, bottom: 1134, left: 1418, right: 850 };

// ---------------------------------------------------------------- c01
async function c01() {
  const f = form('c01'); const w = f.w;
  const W = [3400, 6200];
  const ch = [
    ...intro(f),
    heading('1. ' + T.s1),
    kvTable([
      ['Pašvaldības nosaukums', w.municipality], ['Reģistrācijas numurs', w.registration_no],
      ['Juridiskā adrese', w.address], ['Plānošanas reģions', w.planning_region],
      ['Kontaktpersona (vārds, uzvārds)', w.contact_name], ['Amats', w.contact_position],
      ['Tālrunis', w.contact_phone], ['E-pasts', w.contact_email],
    ], W),
    heading('2. ' + T.s2),
    kvTable([
      ['Projekta nosaukums', w.title],
      ['Esošie remigrācijas atbalsta pasākumi pašvaldībā', w.current_measures],
      ['Projekta mērķis', w.goal],
    ], W),
    heading('3. ' + T.s3),
    simpleActivityTable(f, [600, 2500, 3300, 1500, 1700], { totalLabel: 'Kopā', shade: 'D9E2F3' }),
    heading('4. ' + T.s4),
    kvTable([['Plānotais remigrantu skaits', w.target_remigrants], ['Plānotais informēto personu skaits', w.target_reached]], W),
    heading('5. ' + T.s5),
    kvTable([['Kopējās izmaksas', w.total_cost], ['Pieprasītais finansējums', w.requested], ['Pašvaldības līdzfinansējums', w.cofinancing]], W),
    heading('6. ' + T.s6),
    kvTable([['Īstenošanas periods', w.period]], W),
    heading('7. ' + T.s7),
    para(T.declaration, { after: 160 }),
    kvTable([['Vārds, uzvārds', w.signatory_name], ['Amats', w.signatory_position], ['Datums', w.signed_on], ['Paraksts', '']], W),
  ];
  const doc = new Document({
    creator: 'Kuldīgas novada pašvaldība', title: 'Pieteikums',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{
      properties: { page: { size: A4, margin: margins } },
      headers: { default: letterheadHeader(['KULDĪGAS NOVADA PAŠVALDĪBA', 'Baznīcas iela 1, Kuldīga, LV-3301 · www.kuldiga.lv']) },
      footers: { default: pageFooter('of') },
      children: ch,
    }],
  });
  await save(f, doc);
}

// ---------------------------------------------------------------- c02
async function c02() {
  const f = form('c02'); const w = f.w;
  const W = [700, 3300, 5600];
  const numbered = (n, pairs) => table(pairs.map(([l, v], i) => new TableRow({ children: [
    cell(`${n}.${i + 1}.`, { width: W[0] }), cell(l, { width: W[1], bold: true }), cell(v, { width: W[2] }),
  ] })), W, { borders: NO_BORDERS });
  // two-row merged header: Nr. | Aktivitāte (Aktivitātes veids, Apraksts) | Īstenošanas laiks | Plānotās izmaksas, EUR | Atbildīgais
  const AW = [550, 2000, 2700, 1700, 1300, 1500];
  const sh = 'E7E6E6';
  const h1 = new TableRow({ tableHeader: true, children: [
    cell('Nr.', { bold: true, vmerge: VerticalMergeType.RESTART, shade: sh }),
    cell('Aktivitāte', { bold: true, span: 2, align: AlignmentType.CENTER, shade: sh }),
    cell('Īstenošanas laiks', { bold: true, vmerge: VerticalMergeType.RESTART, shade: sh }),
    cell('Plānotās izmaksas, EUR', { bold: true, vmerge: VerticalMergeType.RESTART, shade: sh }),
    cell('Atbildīgais', { bold: true, vmerge: VerticalMergeType.RESTART, shade: sh }),
  ] });
  const h2 = new TableRow({ tableHeader: true, children: [
    cell('', { vmerge: VerticalMergeType.CONTINUE, shade: sh }),
    cell('Aktivitātes veids', { bold: true, shade: sh }),
    cell('Apraksts', { bold: true, shade: sh }),
    cell('', { vmerge: VerticalMergeType.CONTINUE, shade: sh }),
    cell('', { vmerge: VerticalMergeType.CONTINUE, shade: sh }),
    cell('', { vmerge: VerticalMergeType.CONTINUE, shade: sh }),
  ] });
  const acts = table([h1, h2, ...activityRows(f, AW, { extraCols: ['Atbildīgais'], totalLabel: 'Kopā' })], AW);
  const ch = [
    ...intro(f),
    heading('1. ' + T.s1.toUpperCase()),
    numbered(1, [['PAŠVALDĪBA', w.municipality], ['REĢ. NR.', w.registration_no], ['ADRESE', w.address],
      ['PLĀNOŠANAS REĢIONS', w.planning_region], ['ATBILDĪGĀ PERSONA', w.contact_name], ['AMATS', w.contact_position],
      ['TĀLR.', w.contact_phone], ['E-PASTA ADRESE', w.contact_email]]),
    heading('2. ' + T.s2.toUpperCase()),
    numbered(2, [['PROJEKTA NOSAUKUMS', w.title], ['ESOŠIE REMIGRĀCIJAS ATBALSTA PASĀKUMI PAŠVALDĪBĀ', w.current_measures], ['PROJEKTA MĒRĶIS', w.goal]]),
    heading('3. ' + T.s3.toUpperCase()),
    acts,
    heading('4. ' + T.s4.toUpperCase()),
    numbered(4, [['PLĀNOTAIS REMIGRANTU SKAITS', w.target_remigrants], ['PLĀNOTAIS INFORMĒTO PERSONU SKAITS', w.target_reached]]),
    heading('5. ' + T.s5.toUpperCase()),
    numbered(5, [['KOPĒJĀS IZMAKSAS', w.total_cost], ['PIEPRASĪTAIS FINANSĒJUMS', w.requested], ['PAŠVALDĪBAS LĪDZFINANSĒJUMS', w.cofinancing]]),
    heading('6. ' + T.s6.toUpperCase()),
    numbered(6, [['ĪSTENOŠANAS PERIODS', w.period]]),
    heading('7. ' + T.s7.toUpperCase()),
    para(T.declaration, { after: 160 }),
    numbered(7, [['VĀRDS, UZVĀRDS', w.signatory_name], ['AMATS', w.signatory_position], ['PARAKSTA DATUMS', w.signed_on]]),
  ];
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [{ properties: { page: { size: A4, margin: margins } }, footers: { default: pageFooter('dash') }, children: ch }],
  });
  await save(f, doc);
}

// ---------------------------------------------------------------- c03
async function c03() {
  const f = form('c03'); const w = f.w;
  const lv = (l, v) => para(v, { label: l + ': ', after: 80 });
  const measures = w.current_measures.split(' - ');
  const ch = [
    ...intro(f),
    heading('1. ' + T.s1),
    lv('Pašvaldība', w.municipality), lv('Reģistrācijas numurs', w.registration_no), lv('Adrese', w.address),
    lv('Plānošanas reģions', w.planning_region), lv('Kontaktpersona (vārds, uzvārds)', w.contact_name),
    lv('Amats', w.contact_position), lv('Tālrunis', w.contact_phone), lv('E-pasts', w.contact_email),
    heading('2. ' + T.s2),
    lv('Projekta nosaukums', w.title),
    para('', { label: 'Esošie remigrācijas atbalsta pasākumi pašvaldībā:', after: 40 }),
    para(measures[0], { after: 40 }),
    ...measures.slice(1).map((m) => para('- ' + m, { after: 40 })),
    lv('Projekta mērķis', w.goal),
    heading('3. ' + T.s3),
    simpleActivityTable(f, [600, 2400, 3200, 1600, 1600], { totalLabel: 'Pavisam' }),
    heading('4. ' + T.s4),
    lv('Plānotais atgriezušos personu skaits', w.target_remigrants), lv('Plānotais informēto personu skaits', w.target_reached),
    heading('5. ' + T.s5),
    lv('Kopējās izmaksas', w.total_cost), lv('Pieprasītais finansējums', w.requested),
    heading('6. ' + T.s6),
    para(w.period),
    heading('7. ' + T.s7),
    para(T.declaration, { after: 160 }),
    lv('Vārds, uzvārds', w.signatory_name), lv('Amats', w.signatory_position), lv('Datums', w.signed_on),
    para('Paraksts: ______________________', { before: 200 }),
  ];
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [{ properties: { page: { size: A4, margin: margins } }, children: ch }],
  });
  await save(f, doc);
}

// ---------------------------------------------------------------- c04
async function c04() {
  const f = form('c04'); const w = f.w;
  const above = (l, v) => [para('', { label: l, after: 20, keepNext: true }), para(v ?? '', { after: 140 })];
  const ch = [
    ...intro(f),
    heading('1. ' + T.s1),
    ...above('1.1. Pašvaldības nosaukums', w.municipality),
    ...above('1.2. Nodokļu maksātāja reģistrācijas kods', w.registration_no),
    ...above('1.3. Juridiskā adrese', w.address),
    ...above('1.4. Plānošanas reģions', w.planning_region),
    ...above('1.5. Atbildīgā persona', w.contact_name),
    ...above('1.6. Amats', w.contact_position),
    ...above('1.7. Telefons', w.contact_phone),
    ...above('1.8. E-pasta adrese', w.contact_email),
    heading('2. ' + T.s2),
    ...above('2.1. Projekta nosaukums', w.title),
    ...above('2.2. Esošie remigrācijas atbalsta pasākumi pašvaldībā', w.current_measures),
    ...above('2.3. Projekta mērķis', w.goal),
    heading('3. ' + T.s3),
    simpleActivityTable(f, [600, 2900, 2900, 1700, 1500], { totalLabel: 'Kopā', shade: 'EDEDED' }),
    heading('4. ' + T.s4),
    ...above('4.1. Plānotais remigrantu skaits', w.target_remigrants),
    ...above('4.2. Plānotais informēto personu skaits', w.target_reached),
    heading('5. ' + T.s5),
    ...above('5.1. Kopējās izmaksas', w.total_cost),
    ...above('5.2. Pieprasītais finansējums', w.requested),
    ...above('5.3. Pašvaldības līdzfinansējums', w.cofinancing),
    heading('6. ' + T.s6),
    para(w.period),
    heading('7. ' + T.s7),
    para(T.declaration, { after: 160 }),
    ...above('Vārds, uzvārds', w.signatory_name),
    ...above('Amats', w.signatory_position),
    ...above('Datums', w.signed_on),
  ];
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Cambria', size: 24 } } } },
    sections: [{ properties: { page: { size: A4, margin: margins } }, footers: { default: pageFooter('dash') }, children: ch }],
  });
  await save(f, doc);
}

// ---------------------------------------------------------------- c08
async function c08() {
  const f = form('c08'); const w = f.w;
  const W = [3300, 6300];
  const sh = 'DEEAF6';
  const kv = (pairs) => kvTable(pairs, W, { shade: sh });
  const portrait1 = [
    ...intro(f),
    heading('1. ' + T.s1),
    kv([['Pašvaldības nosaukums:', w.municipality], ['Reģ. Nr.:', w.registration_no], ['Juridiskā adrese:', w.address],
      ['Plānošanas reģions:', w.planning_region], ['Kontaktpersona (vārds, uzvārds):', w.contact_name], ['Amats:', w.contact_position],
      ['Tālr.:', w.contact_phone], ['E-pasts:', w.contact_email]]),
    heading('2. ' + T.s2),
    kv([['Projekta nosaukums:', w.title], ['Esošie remigrācijas atbalsta pasākumi pašvaldībā:', w.current_measures], ['Projekta mērķis:', w.goal]]),
  ];
  const landscape = [
    heading('3. ' + T.s3),
    simpleActivityTable(f, [600, 3000, 3400, 1600, 1700, 2100, 1600], { totalLabel: 'Kopā', shade: sh, extraCols: ['Atbildīgais', 'Rezultāts'] }),
  ];
  const portrait2 = [
    heading('4. ' + T.s4),
    kv([['Plānotais remigrantu skaits:', w.target_remigrants], ['Plānotais informēto personu skaits:', w.target_reached]]),
    heading('5. ' + T.s5),
    kv([['Kopējās izmaksas:', w.total_cost], ['Pieprasītā summa:', w.requested], ['Pašvaldības līdzfinansējums:', w.cofinancing]]),
    heading('6. ' + T.s6),
    kv([['Īstenošanas periods:', w.period]]),
    heading('7. ' + T.s7),
    para(T.declaration, { after: 160 }),
    kv([['Vārds, uzvārds:', w.signatory_name], ['Amats:', w.signatory_position], ['Datums:', w.signed_on], ['Paraksts:', '']]),
  ];
  const hdr = letterheadHeader(['LUDZAS NOVADA PAŠVALDĪBA', 'Raiņa iela 16, Ludza, LV-5701 · pasts@ludza.lv']);
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      { properties: { page: { size: A4, margin: margins } }, headers: { default: hdr }, footers: { default: pageFooter('of') }, children: portrait1 },
      { properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } }, headers: { default: hdr }, footers: { default: pageFooter('of') }, children: landscape },
      { properties: { page: { size: A4, margin: margins } }, headers: { default: hdr }, footers: { default: pageFooter('of') }, children: portrait2 },
    ],
  });
  await save(f, doc);
}

// ---------------------------------------------------------------- c09
async function c09() {
  const f = form('c09'); const w = f.w;
  const W = [2600, 2300, 2300, 2400];
  const sh = 'F2F2F2';
  const L = (t, o = {}) => cell(t, { bold: true, shade: sh, ...o });
  const V = (t, o = {}) => cell(t ?? '', o);
  const secRow = (t) => new TableRow({ children: [cell(t, { bold: true, span: 4, shade: 'BFBFBF' })] });
  const row = (...cells) => new TableRow({ children: cells });
  const big1 = table([
    secRow('1. ' + T.s1.toUpperCase()),
    row(L('Pašvaldības nosaukums'), V(w.municipality, { span: 3 })),
    row(L('Reģistrācijas numurs'), V(w.registration_no), L('Plānošanas reģions'), V(w.planning_region)),
    row(L('Juridiskā adrese'), V(w.address, { span: 3 })),
    row(L('Kontaktpersona (vārds, uzvārds)'), V(w.contact_name), L('Amats'), V(w.contact_position)),
    row(L('Tālrunis'), V(w.contact_phone), L('E-pasts'), V(w.contact_email)),
    secRow('2. ' + T.s2.toUpperCase()),
    row(L('Projekta nosaukums'), V(w.title, { span: 3 })),
    row(L('Esošie remigrācijas atbalsta pasākumi pašvaldībā', { span: 4 })),
    new TableRow({ children: [V(w.current_measures, { span: 4 })], height: { value: 900, rule: HeightRule.ATLEAST } }),
    row(L('Projekta mērķis', { span: 4 })),
    new TableRow({ children: [V(w.goal, { span: 4 })], height: { value: 900, rule: HeightRule.ATLEAST } }),
  ], W);
  const big2 = table([
    secRow('4. ' + T.s4.toUpperCase()),
    row(L('Plānotais remigrantu skaits'), V(w.target_remigrants), L('Plānotais informēto personu skaits'), V(w.target_reached)),
    secRow('5. ' + T.s5.toUpperCase()),
    row(L('Kopējās izmaksas'), V(w.total_cost), L('Pieprasītais finansējums'), V(w.requested)),
    row(L('Pašvaldības līdzfinansējums'), V(w.cofinancing), V(''), V('')),
    secRow('6. ' + T.s6.toUpperCase()),
    row(L('Īstenošanas periods'), V(w.period, { span: 3 })),
    secRow('7. ' + T.s7.toUpperCase()),
    new TableRow({ children: [V(T.declaration, { span: 4 })] }),
    row(L('Vārds, uzvārds'), V(w.signatory_name), L('Amats'), V(w.signatory_position)),
    row(L('Datums'), V(w.signed_on), L('Paraksts'), V('')),
  ], W);
  const ch = [
    ...intro(f),
    big1,
    heading('3. ' + T.s3.toUpperCase(), { size: 22 }),
    simpleActivityTable(f, [600, 2600, 3000, 1800, 1600], { totalLabel: 'Kopā', shade: sh }),
    para('', { after: 200 }),
    big2,
  ];
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [{ properties: { page: { size: A4, margin: margins } }, footers: { default: pageFooter('of') }, children: ch }],
  });
  await save(f, doc);
}

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  for (const fn of [c01, c02, c03, c04, c08, c09]) await fn();
})().catch((e) => { console.error(e); process.exit(1); });
