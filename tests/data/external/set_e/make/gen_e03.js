// e03: Siguldas novads — label-above layout, two-row merged activities header. Node "docx" library.
// Input: build/e03.json (written by gen_all.py from data.py).  Run: NODE_PATH=../node/node_modules node gen_e03.js
const fs = require('fs');
const path = require('path');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, VerticalMergeType,
  AlignmentType, Header, Footer, HeadingLevel, PageNumber, BorderStyle,
} = require('docx');

const { w, comp } = JSON.parse(fs.readFileSync(path.join(__dirname, 'build', 'e03.json'), 'utf8'));

const label = (t) => new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: t, bold: true, size: 20, color: '444444' })] });
const value = (t) => t.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 22 })] }));
const heading = (t) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 320, after: 80 }, children: [new TextRun({ text: t })] });
const field = (l, v) => [label(l), ...value(v)];

const cell = (t, opts = {}) => new TableCell({
  children: [new Paragraph({ alignment: opts.align, children: [new TextRun({ text: t, bold: !!opts.bold, size: 20 })] })],
  columnSpan: opts.span, verticalMerge: opts.vm,
  width: opts.width ? { size: opts.width, type: WidthType.DXA } : undefined,
});

const W = [600, 2600, 3600, 1800, 1400];
const head1 = new TableRow({ tableHeader: true, children: [
  cell('Nr.', { bold: true, vm: VerticalMergeType.RESTART, width: W[0] }),
  cell('Aktivitāte', { bold: true, span: 2, align: AlignmentType.CENTER }),
  cell('Īstenošanas laiks', { bold: true, vm: VerticalMergeType.RESTART, width: W[3] }),
  cell('Plānotās izmaksas, EUR', { bold: true, vm: VerticalMergeType.RESTART, width: W[4] }),
] });
const head2 = new TableRow({ tableHeader: true, children: [
  cell('', { vm: VerticalMergeType.CONTINUE, width: W[0] }),
  cell('Aktivitātes veids', { bold: true, width: W[1] }),
  cell('Apraksts', { bold: true, width: W[2] }),
  cell('', { vm: VerticalMergeType.CONTINUE, width: W[3] }),
  cell('', { vm: VerticalMergeType.CONTINUE, width: W[4] }),
] });
const rows = w.acts.map((a, i) => new TableRow({ children: [
  cell(String(i + 1), { width: W[0] }), cell(a.kind, { width: W[1] }), cell(a.description, { width: W[2] }),
  cell(a.period, { width: W[3] }), cell(a.cost, { width: W[4], align: AlignmentType.RIGHT }),
] }));

const doc = new Document({
  creator: 'Siguldas novada pašvaldība',
  styles: { default: { document: { run: { font: 'Calibri' } } } },
  sections: [{
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Konkursa nolikuma 1. pielikums', italics: true, size: 16 })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Lapa ', PageNumber.CURRENT], size: 16 })] })] }) },
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'PIETEIKUMS', bold: true, size: 32 })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `dalībai konkursā „${comp}”`, size: 22 })] }),
      heading('Informācija par pieteicēju'),
      ...field('Pašvaldības nosaukums', w.municipality),
      ...field('Reģistrācijas numurs', w.registration_no),
      ...field('Juridiskā adrese', w.address),
      ...field('Plānošanas reģions', w.planning_region),
      ...field('Kontaktpersona (vārds, uzvārds)', w.contact_name),
      ...field('Amats', w.contact_position),
      ...field('Tālrunis', w.contact_phone),
      ...field('E-pasts', w.contact_email),
      heading('Projekta apraksts'),
      ...field('Projekta nosaukums', w.title),
      ...field('Esošie remigrācijas atbalsta pasākumi pašvaldībā', w.current_measures),
      ...field('Projekta mērķis', w.goal),
      heading('Plānotās aktivitātes'),
      new Table({ width: { size: 10000, type: WidthType.DXA }, columnWidths: W, rows: [head1, head2, ...rows] }),
      heading('Rezultatīvie rādītāji'),
      ...field('Plānotais remigrantu skaits', w.target_remigrants),
      ...field('Plānotais informēto personu skaits', w.target_reached),
      heading('Budžets'),
      ...field('Kopējās izmaksas', w.total_cost_eur),
      ...field('Pieprasītais finansējums', w.requested_eur),
      ...field('Pašvaldības līdzfinansējums', w.cofinancing_eur),
      heading('Īstenošanas periods'),
      ...value(w.period),
      heading('Apliecinājums'),
      ...value('Apliecinu, ka pieteikumā sniegtā informācija ir patiesa.'),
      ...field('Vārds, uzvārds', w.signatory_name),
      ...field('Amats', w.signatory_position),
      ...field('Datums', w.signed_on),
    ],
  }],
});

Packer.toBuffer(doc).then((buf) => {
  fs.writeFileSync(path.join(__dirname, '..', 'files', 'e03_siguldas_novads.docx'), buf);
  console.log('wrote e03_siguldas_novads.docx');
});
