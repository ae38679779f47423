// c10 pdfmake, c11 + c18 jsPDF, c12 + c17 pdfkit.  c17 and c18 are post-processed by build.sh.
const fs = require('fs');
const path = require('path');
const { form, T, OUT, FONTS } = require('./common');

const TMP = path.join(__dirname, '..', 'build');
fs.mkdirSync(TMP, { recursive: true });

// ====================================================================== c10 pdfmake
async function c10() {
  const pdfmake = require('pdfmake');
  pdfmake.setLocalAccessPolicy(() => true);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.addFonts({
    Lib: { normal: FONTS.libSans, bold: FONTS.libSansBold, italics: FONTS.libSans, bolditalics: FONTS.libSansBold },
  });
  const f = form('c10'); const w = f.w;
  const grey = '#e8e8e8';
  const kv = (n, pairs) => ({
    table: {
      widths: [190, '*'],
      body: pairs.map(([l, v], i) => [
        { text: `${n}.${i + 1}. ${l}`, bold: true, fillColor: grey },
        { text: v ?? '' },
      ]),
    },
    margin: [0, 0, 0, 8],
  });
  const h = (t) => ({ text: t, bold: true, fontSize: 11.5, margin: [0, 10, 0, 5] });
  const actBody = [T.actHead.map((x) => ({ text: x, bold: true, fillColor: grey }))];
  w.activities.forEach((a, i) => actBody.push([`${i + 1}.`, a.kind, a.description, a.period ?? '', { text: a.cost, alignment: 'right' }]));
  actBody.push([{ text: 'Kopā', bold: true, colSpan: 4, alignment: 'right' }, {}, {}, {}, { text: w.activities_total, bold: true, alignment: 'right' }]);
  const dd = {
    pageSize: 'A4', pageMargins: [56, 80, 42, 50],
    info: { title: 'Pieteikums', author: 'Valmieras pilsētas pašvaldība', creator: 'pdfmake' },
    defaultStyle: { font: 'Lib', fontSize: 9.5 },
    header: (page, pages) => ({
      margin: [56, 24, 42, 0],
      columns: [
        { stack: [{ text: 'VALMIERAS PILSĒTAS PAŠVALDĪBA', bold: true, fontSize: 10, color: '#7a1f1f' }, { text: 'Lāčplēša iela 2, Valmiera, LV-4201', fontSize: 8, color: '#555555' }] },
        { text: `Lpp. ${page}/${pages}`, alignment: 'right', fontSize: 8 },
      ],
    }),
    content: [
      { text: T.annex, alignment: 'right' },
      { text: T.rules, alignment: 'right', italics: true, margin: [0, 0, 0, 12] },
      { text: T.formTitle, alignment: 'center', bold: true, fontSize: 14, margin: [0, 0, 0, 10] },
      h('1. ' + T.s1),
      kv(1, [['Pašvaldības nosaukums', w.municipality], ['Reģistrācijas numurs', w.registration_no], ['Juridiskā adrese', w.address],
        ['Plānošanas reģions', w.planning_region], ['Kontaktpersona (vārds, uzvārds)', w.contact_name], ['Amats', w.contact_position],
        ['Tālrunis', w.contact_phone], ['E-pasts', w.contact_email]]),
      h('2. ' + T.s2),
      kv(2, [['Projekta nosaukums', w.title], ['Esošie remigrācijas atbalsta pasākumi pašvaldībā', w.current_measures], ['Projekta mērķis', w.goal]]),
      h('3. ' + T.s3),
      { table: { headerRows: 1, dontBreakRows: true, widths: [22, 125, '*', 88, 62], body: actBody } },
      h('4. ' + T.s4),
      kv(4, [['Plānotais remigrantu skaits', w.target_remigrants], ['Plānotais informēto personu skaits', w.target_reached]]),
      h('5. ' + T.s5),
      kv(5, [['Kopējās izmaksas', w.total_cost], ['Pieprasītais finansējums', w.requested], ['Pašvaldības līdzfinansējums', w.cofinancing]]),
      h('6. ' + T.s6),
      kv(6, [['Īstenošanas periods', w.period]]),
      h('7. ' + T.s7),
      { text: T.declaration, margin: [0, 0, 0, 6] },
      kv(7, [['Vārds, uzvārds', w.signatory_name], ['Amats', w.signatory_position], ['Datums', w.signed_on], ['Paraksts', '']]),
    ],
  };
  await pdfmake.createPdf(dd).write(path.join(OUT, f.file));
  console.log('wrote', f.file);
}

// ====================================================================== jsPDF helpers
function jspdfDoc(orientation = 'p') {
  const { jsPDF } = require('jspdf');
  const doc = new jsPDF({ orientation, unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('DejaVuSans.ttf', fs.readFileSync(FONTS.dejavu).toString('base64'));
  doc.addFont('DejaVuSans.ttf', 'DejaVu', 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fs.readFileSync(FONTS.dejavuBold).toString('base64'));
  doc.addFont('DejaVuSans-Bold.ttf', 'DejaVu', 'bold');
  doc.setFont('DejaVu', 'normal');
  return doc;
}

class Flow {
  constructor(doc, o) { this.doc = doc; this.top = o.top; this.bottom = o.bottom; this.left = o.left; this.right = o.right; this.y = o.top; this.onNewPage = o.onNewPage; }
  get width() { return this.right - this.left; }
  ensure(h) { if (this.y + h > this.bottom) { this.doc.addPage(); this.y = this.top; if (this.onNewPage) this.onNewPage(); } }
  text(t, o = {}) {
    const d = this.doc; const size = o.size ?? 10; const lh = size * 0.3528 * 1.3;
    d.setFont('DejaVu', o.bold ? 'bold' : 'normal'); d.setFontSize(size);
    const x = this.left + (o.indent ?? 0);
    const lines = d.splitTextToSize(String(t ?? ''), (o.width ?? this.width) - (o.indent ?? 0));
    for (const line of lines) {
      this.ensure(lh);
      if (o.align === 'right') d.text(line, this.right, this.y + lh * 0.75, { align: 'right' });
      else if (o.align === 'center') d.text(line, (this.left + this.right) / 2, this.y + lh * 0.75, { align: 'center' });
      else d.text(line, x, this.y + lh * 0.75);
      this.y += lh;
    }
    this.y += o.after ?? 1;
  }
  gap(h) { this.y += h; }
}

function jspdfTable(fl, widths, head, rows, o = {}) {
  const d = fl.doc; const size = o.size ?? 8.5; const lh = size * 0.3528 * 1.25; const pad = 1.5;
  const layout = (cells, bold) => {
    d.setFont('DejaVu', bold ? 'bold' : 'normal'); d.setFontSize(size);
    const wrapped = cells.map((c, k) => (c.span ? d.splitTextToSize(String(c.text ?? ''), widths.slice(k, k + c.span).reduce((a, b) => a + b, 0) - 2 * pad) : d.splitTextToSize(String(c.text ?? c ?? ''), widths[k] - 2 * pad)));
    return { wrapped, h: Math.max(...wrapped.map((l) => l.length)) * lh + 2 * pad };
  };
  const drawRow = (cells, bold, opts = {}) => {
    const norm = cells.map((c) => (typeof c === 'object' && c !== null ? c : { text: c }));
    const { wrapped, h } = layout(norm, bold);
    if (fl.y + h > fl.bottom) { fl.ensure(h + 100); if (o.repeatHead && !opts.isHead) drawRow(head, true, { isHead: true }); }
    let x = fl.left; let k = 0;
    d.setFont('DejaVu', bold ? 'bold' : 'normal'); d.setFontSize(size);
    if (opts.isHead && o.headFill) { d.setFillColor(...o.headFill); d.rect(fl.left, fl.y, widths.reduce((a, b) => a + b, 0), h, 'F'); }
    for (const c of norm) {
      const span = c.span ?? 1; const cw = widths.slice(k, k + span).reduce((a, b) => a + b, 0);
      const lines = wrapped[norm.indexOf(c)];
      lines.forEach((line, li) => {
        const ty = fl.y + pad + lh * (li + 0.8);
        if (c.align === 'right') d.text(line, x + cw - pad, ty, { align: 'right' }); else d.text(line, x + pad, ty);
      });
      if (o.grid) d.rect(x, fl.y, cw, h);
      x += cw; k += span;
    }
    if (!o.grid && opts.isHead) { d.setLineWidth(0.4); d.line(fl.left, fl.y + h, x, fl.y + h); }
    if (!o.grid && opts.rule) { d.setLineWidth(0.2); d.line(fl.left, fl.y, x, fl.y); }
    fl.y += h;
  };
  d.setLineWidth(0.2);
  drawRow(head, true, { isHead: true });
  rows.forEach((r) => drawRow(r.cells ?? r, r.bold, { rule: r.rule }));
  fl.y += 3;
}

function jspdfPageNumbers(doc, fmt, y) {
  const n = doc.getNumberOfPages();
  for (let i = 1; i <= n; i++) {
    doc.setPage(i); doc.setFont('DejaVu', 'normal'); doc.setFontSize(8);
    doc.text(fmt(i, n), 105, y, { align: 'center' });
  }
}

// ====================================================================== c11 jsPDF: label line, value on next line
function c11() {
  const f = form('c11'); const w = f.w;
  const doc = jspdfDoc();
  doc.setProperties({ title: 'Pieteikums – Jelgavas pilsētas dome', creator: 'jsPDF' });
  const fl = new Flow(doc, { top: 20, bottom: 280, left: 22, right: 190 });
  const field = (label, value) => { fl.ensure(12); fl.text(label, { bold: true, after: 0.5 }); fl.text(value ?? '', { indent: 6, after: 2.5 }); };
  const h = (t) => { fl.ensure(16); fl.gap(2); fl.text(t, { bold: true, size: 11.5, after: 2 }); };
  fl.text(T.annex, { align: 'right', size: 9, after: 0 });
  fl.text(T.rules, { align: 'right', size: 9, after: 6 });
  fl.text(T.formTitle, { align: 'center', bold: true, size: 14, after: 4 });
  h('1. ' + T.s1);
  field('Pieteicējs', w.municipality);
  field('Nodokļu maksātāja reģistrācijas kods', w.registration_no);
  field('Juridiskā adrese', w.address);
  field('Plānošanas reģions', w.planning_region);
  field('Atbildīgā persona', w.contact_name);
  field('Amats', w.contact_position);
  field('Telefons', w.contact_phone);
  field('E-pasts', w.contact_email);
  h('2. ' + T.s2);
  field('Projekta nosaukums', w.title);
  field('Esošie remigrācijas atbalsta pasākumi pašvaldībā', w.current_measures);
  field('Projekta mērķis', w.goal);
  h('3. ' + T.s3);
  const rows = w.activities.map((a, i) => [`${i + 1}.`, a.kind, a.description, a.period ?? '', { text: a.cost, align: 'right' }]);
  rows.push([{ text: 'Kopā', span: 4, align: 'right' }, { text: w.activities_total, align: 'right' }].map((c) => c) );
  rows[rows.length - 1] = { cells: rows[rows.length - 1], bold: true };
  jspdfTable(fl, [10, 42, 58, 32, 26], T.actHead, rows, { grid: true, repeatHead: true, headFill: [225, 225, 225] });
  h('4. ' + T.s4);
  field('Plānotais remigrantu skaits', w.target_remigrants);
  field('Plānotais informēto personu skaits', w.target_reached);
  h('5. ' + T.s5);
  field('Kopējās izmaksas', w.total_cost);
  field('Pieprasītais finansējums', w.requested);
  h('6. ' + T.s6);
  fl.text(w.period, { indent: 6, after: 2 });
  h('7. ' + T.s7);
  fl.text(T.declaration, { after: 4 });
  field('Vārds, uzvārds', w.signatory_name);
  field('Amats', w.signatory_position);
  field('Datums', w.signed_on);
  fl.gap(4); fl.text('Paraksts: ______________________', {});
  jspdfPageNumbers(doc, (i, n) => `${i}. lapa no ${n}`, 290);
  fs.writeFileSync(path.join(OUT, f.file), Buffer.from(doc.output('arraybuffer')));
  console.log('wrote', f.file);
}

// ====================================================================== c18 jsPDF: Label: value, right-aligned amounts
function c18() {
  const f = form('c18'); const w = f.w;
  const doc = jspdfDoc();
  doc.setProperties({ title: 'Pieteikums', creator: 'jsPDF' });
  const fl = new Flow(doc, { top: 22, bottom: 278, left: 20, right: 190 });
  const lv = (label, value) => {
    const d = doc; d.setFontSize(10); d.setFont('DejaVu', 'bold');
    const lw = d.getTextWidth(label + ' ');
    const lines = (() => { d.setFont('DejaVu', 'normal'); return d.splitTextToSize(String(value ?? ''), fl.width - lw); })();
    const lh = 10 * 0.3528 * 1.3;
    fl.ensure(lh * lines.length);
    d.setFont('DejaVu', 'bold'); d.text(label, fl.left, fl.y + lh * 0.75);
    d.setFont('DejaVu', 'normal');
    lines.forEach((line, i) => d.text(line, fl.left + lw, fl.y + lh * (0.75 + i)));
    fl.y += lh * lines.length + 1.5;
  };
  const money = (label, value) => {
    const lh = 10 * 0.3528 * 1.3; fl.ensure(lh);
    doc.setFontSize(10); doc.setFont('DejaVu', 'normal'); doc.text(label, fl.left + 5, fl.y + lh * 0.75);
    doc.text(value, 120, fl.y + lh * 0.75, { align: 'right' });
    fl.y += lh + 1.5;
  };
  const h = (t) => { fl.ensure(16); fl.gap(3); fl.text(t, { bold: true, size: 11, after: 2 }); };
  doc.setDrawColor(40, 80, 40);
  fl.text('AUGŠDAUGAVAS NOVADA PAŠVALDĪBA', { bold: true, size: 12, align: 'center', after: 0 });
  fl.text('Rīgas iela 2, Daugavpils, LV-5401', { size: 8.5, align: 'center', after: 1 });
  doc.setLineWidth(0.5); doc.line(20, fl.y, 190, fl.y); fl.gap(4);
  fl.text(T.annex + ' ' + T.rules, { align: 'right', size: 8.5, after: 4 });
  fl.text(T.formTitle, { align: 'center', bold: true, size: 13, after: 3 });
  h('1. ' + T.s1);
  lv('Pašvaldības nosaukums:', w.municipality);
  lv('Reģistrācijas numurs:', w.registration_no);
  lv('Juridiskā adrese:', w.address);
  lv('Plānošanas reģions:', w.planning_region);
  lv('Kontaktpersona (vārds, uzvārds):', w.contact_name);
  lv('Amats:', w.contact_position);
  lv('Tālrunis:', w.contact_phone);
  lv('E-pasta adrese:', w.contact_email);
  h('2. ' + T.s2);
  lv('Projekta nosaukums:', w.title);
  lv('Esošie remigrācijas atbalsta pasākumi pašvaldībā:', w.current_measures);
  lv('Projekta mērķis:', w.goal);
  h('3. ' + T.s3);
  const rows = w.activities.map((a, i) => [`${i + 1}.`, a.kind, a.description, a.period ?? '', { text: a.cost, align: 'right' }]);
  rows.push({ cells: [{ text: 'Kopā', span: 4 }, { text: w.activities_total, align: 'right' }], bold: true, rule: true });
  jspdfTable(fl, [10, 44, 58, 36, 22], T.actHead, rows, { grid: false, size: 8.5 });
  h('4. ' + T.s4);
  lv('Plānotais remigrantu skaits:', w.target_remigrants);
  lv('Plānotais informēto personu skaits:', w.target_reached);
  h('5. ' + T.s5);
  money('Kopējās izmaksas:', w.total_cost);
  money('Pieprasītais finansējums:', w.requested);
  money('Pašvaldības līdzfinansējums:', w.cofinancing);
  h('6. ' + T.s6);
  lv('Īstenošanas periods:', w.period);
  h('7. ' + T.s7);
  fl.text(T.declaration, { after: 3 });
  lv('Vārds, uzvārds:', w.signatory_name);
  lv('Amats:', w.signatory_position);
  lv('Datums:', w.signed_on);
  jspdfPageNumbers(doc, (i, n) => `${i} / ${n}`, 288);
  fs.writeFileSync(path.join(TMP, 'c18_raw.pdf'), Buffer.from(doc.output('arraybuffer')));
  console.log('wrote build/c18_raw.pdf');
}

// ====================================================================== pdfkit helpers
function pdfkitDoc(info, serif) {
  const PDFDocument = require('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margins: { top: 60, bottom: 60, left: 60, right: 50 }, bufferPages: true, info });
  doc.registerFont('R', serif ? FONTS.libSerif : FONTS.libSans);
  doc.registerFont('B', serif ? FONTS.libSerifBold : FONTS.libSansBold);
  doc.font('R');
  return doc;
}

function pkRow(doc, cells, widths, o = {}) {
  // cells: [{text, bold, align, span}], drawn at doc.y, returns after row
  const pad = 4; const size = o.size ?? 9.5;
  const x0 = doc.page.margins.left;
  const norm = cells.map((c) => (typeof c === 'object' && c !== null ? c : { text: c }));
  let k = 0; const spans = norm.map((c) => { const s = c.span ?? 1; const cw = widths.slice(k, k + s).reduce((a, b) => a + b, 0); k += s; return cw; });
  const hs = norm.map((c, i) => { doc.font(c.bold ? 'B' : 'R').fontSize(size); return doc.heightOfString(String(c.text ?? ''), { width: spans[i] - 2 * pad }); });
  const h = Math.max(...hs) + 2 * pad;
  if (doc.y + h > doc.page.height - doc.page.margins.bottom) { doc.addPage(); if (o.onBreak) o.onBreak(); }
  const y = doc.y; let x = x0;
  norm.forEach((c, i) => {
    if (c.fill) doc.rect(x, y, spans[i], h).fill(c.fill).fillColor('black');
    doc.font(c.bold ? 'B' : 'R').fontSize(size).fillColor('black')
      .text(String(c.text ?? ''), x + pad, y + pad, { width: spans[i] - 2 * pad, align: c.align ?? 'left' });
    if (o.grid !== false) doc.lineWidth(0.5).rect(x, y, spans[i], h).stroke();
    if (o.dots && i === 0) {
      doc.save().lineWidth(0.6).dash(0.8, { space: 2 }).moveTo(x + pad, y + h - 2).lineTo(x0 + widths.reduce((a, b) => a + b, 0), y + h - 2).stroke().undash().restore();
    }
    x += spans[i];
  });
  doc.x = x0; doc.y = y + h;
}

function pkHeading(doc, t, size = 11.5) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
  doc.moveDown(0.6).font('B').fontSize(size).text(t, doc.page.margins.left, doc.y).moveDown(0.3);
}

function pkIntro(doc) {
  const L = doc.page.margins.left; const W = doc.page.width - L - doc.page.margins.right;
  doc.font('R').fontSize(9).text(T.annex, L, doc.y, { width: W, align: 'right' });
  doc.text(T.rules, { width: W, align: 'right' });
  doc.moveDown(0.8).font('B').fontSize(14).text(T.formTitle, L, doc.y, { width: W, align: 'center' }).moveDown(0.4);
}

function pkActivities(doc, w, widths, totalLabel, fill) {
  const head = T.actHead.map((t) => ({ text: t, bold: true, fill }));
  pkRow(doc, head, widths, { size: 8.5 });
  w.activities.forEach((a, i) => pkRow(doc, [`${i + 1}.`, a.kind, a.description, a.period ?? '', { text: a.cost, align: 'right' }], widths,
    { size: 8.5, onBreak: () => pkRow(doc, head, widths, { size: 8.5 }) }));
  pkRow(doc, [{ text: totalLabel, bold: true, span: 4, align: 'right' }, { text: w.activities_total, bold: true, align: 'right' }], widths, { size: 8.5 });
}

function pkSave(doc, file) {
  return new Promise((resolve) => {
    const s = fs.createWriteStream(file); s.on('close', resolve); doc.pipe(s); doc.end();
  });
}

// ====================================================================== c12 pdfkit: Nr. | label: | value
async function c12() {
  const f = form('c12'); const w = f.w;
  const doc = pdfkitDoc({ Title: 'Pieteikums', Author: 'Liepājas pilsētas dome' }, false);
  const W = [36, 170, 279];
  const sec = (n, pairs) => pairs.forEach(([l, v], i) => pkRow(doc, [`${n}.${i + 1}.`, { text: l, bold: true }, v ?? ''], W));
  pkIntro(doc);
  pkHeading(doc, '1. ' + T.s1);
  sec(1, [['Pašvaldības nosaukums:', w.municipality], ['Reģistrācijas numurs:', w.registration_no], ['Juridiskā adrese:', w.address],
    ['Plānošanas reģions:', w.planning_region], ['Kontaktpersona (vārds, uzvārds):', w.contact_name], ['Amats:', w.contact_position],
    ['Tālrunis:', w.contact_phone]]);
  pkHeading(doc, '2. ' + T.s2);
  sec(2, [['Projekta nosaukums:', w.title], ['Esošie remigrācijas atbalsta pasākumi pašvaldībā:', w.current_measures], ['Projekta mērķis:', w.goal]]);
  pkHeading(doc, '3. ' + T.s3);
  pkActivities(doc, w, [28, 125, 170, 80, 82], 'Pavisam', '#dddddd');
  pkHeading(doc, '4. ' + T.s4);
  sec(4, [['Plānotais remigrantu skaits:', w.target_remigrants], ['Plānotais informēto personu skaits:', w.target_reached]]);
  pkHeading(doc, '5. ' + T.s5);
  sec(5, [['Kopējās izmaksas:', w.total_cost], ['Pieprasītais finansējums:', w.requested], ['Pašvaldības līdzfinansējums:', w.cofinancing]]);
  pkHeading(doc, '6. ' + T.s6);
  sec(6, [['Īstenošanas periods:', w.period]]);
  pkHeading(doc, '7. ' + T.s7);
  doc.font('R').fontSize(9.5).text(T.declaration).moveDown(0.4);
  sec(7, [['Vārds, uzvārds:', w.signatory_name], ['Amats:', w.signatory_position], ['Datums:', w.signed_on], ['Paraksts:', '']]);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
    doc.font('R').fontSize(8).fillColor('#444444').text(`${i + 1}. lpp. no ${range.count}`, 60, doc.page.height - 40, { width: doc.page.width - 110, align: 'right' });
    doc.page.margins.bottom = bm;
  }
  await pkSave(doc, path.join(OUT, f.file));
  console.log('wrote', f.file);
}

// ====================================================================== c17 pdfkit (then gs): dotted leaders, no borders
async function c17() {
  const f = form('c17'); const w = f.w;
  const doc = pdfkitDoc({ Title: 'Pieteikums', Author: 'Ventspils novada pašvaldība' }, true);
  const W = [200, 285];
  const kv = (pairs) => pairs.forEach(([l, v]) => pkRow(doc, [{ text: l }, v ?? ''], W, { grid: false, dots: true, size: 10.5 }));
  const L = 60; const PW = doc.page.width - 110;
  doc.font('B').fontSize(12).text('VENTSPILS NOVADA PAŠVALDĪBA', L, 40, { width: PW, align: 'center' });
  doc.font('R').fontSize(8.5).text('Skolas iela 4, Ventspils, LV-3601 · novads@ventspilsnd.lv', { width: PW, align: 'center' });
  doc.moveTo(L, doc.y + 3).lineTo(L + PW, doc.y + 3).lineWidth(1).stroke(); doc.moveDown(1);
  pkIntro(doc);
  pkHeading(doc, '1. ' + T.s1, 12);
  kv([['Pašvaldības nosaukums', w.municipality], ['Reģistrācijas numurs', w.registration_no], ['Juridiskā adrese', w.address],
    ['Plānošanas reģions', w.planning_region], ['Kontaktpersona (vārds, uzvārds)', w.contact_name], ['Amats', w.contact_position],
    ['Tālrunis', w.contact_phone], ['E-pasts', w.contact_email]]);
  pkHeading(doc, '2. ' + T.s2, 12);
  kv([['Projekta nosaukums', w.title], ['Esošie remigrācijas atbalsta pasākumi pašvaldībā', w.current_measures], ['Projekta mērķis', w.goal]]);
  pkHeading(doc, '3. ' + T.s3, 12);
  pkActivities(doc, w, [28, 130, 165, 80, 82], 'Kopā', '#eeeeee');
  pkHeading(doc, '4. ' + T.s4, 12);
  kv([['Plānotais remigrantu skaits', w.target_remigrants], ['Plānotais informēto personu skaits', w.target_reached]]);
  pkHeading(doc, '5. ' + T.s5, 12);
  kv([['Kopējās izmaksas', w.total_cost], ['Pieprasītais finansējums', w.requested], ['Pašvaldības līdzfinansējums', w.cofinancing]]);
  pkHeading(doc, '6. ' + T.s6, 12);
  kv([['Īstenošanas periods', w.period]]);
  pkHeading(doc, '7. ' + T.s7, 12);
  doc.font('R').fontSize(10.5).text(T.declaration, L, doc.y, { width: PW }).moveDown(0.5);
  kv([['Vārds, uzvārds', w.signatory_name], ['Amats', w.signatory_position], ['Paraksta datums', w.signed_on], ['Paraksts', '']]);
  await pkSave(doc, path.join(TMP, 'c17_raw.pdf'));
  console.log('wrote build/c17_raw.pdf');
}

(async () => {
  await c10(); c11(); c18(); await c12(); await c17();
})().catch((e) => { console.error(e); process.exit(1); });
