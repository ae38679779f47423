// c05: html-docx-js (altChunk .docx), c06: officegen.
const fs = require('fs');
const path = require('path');
const { form, T, OUT } = require('./common');

const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------------------------------------------------------------- c05 html-docx-js
async function c05() {
  const htmlDocx = require('html-docx-js');
  const f = form('c05'); const w = f.w;
  const kv = (pairs) => '<table class="kv">' + pairs.map(([l, v]) =>
    `<tr><td class="l">${esc(l)}</td><td>${esc(v)}</td></tr>`).join('') + '</table>';
  const acts = '<table class="acts"><tr>' + T.actHead.map((h) => `<th>${esc(h)}</th>`).join('') + '</tr>' +
    w.activities.map((a, i) => `<tr><td>${i + 1}.</td><td>${esc(a.kind)}</td><td>${esc(a.description)}</td><td>${esc(a.period)}</td><td class="r">${esc(a.cost)}</td></tr>`).join('') +
    `<tr><td colspan="4" class="r"><b>Kopā</b></td><td class="r"><b>${esc(w.activities_total)}</b></td></tr></table>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font-family: Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 13pt; text-align: center; } h2 { font-size: 11pt; margin-top: 14pt; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #000; padding: 3pt; vertical-align: top; }
td.l { width: 38%; font-weight: bold; background: #eeeeee; } td.r { text-align: right; } th { background: #dddddd; }
p.right { text-align: right; margin: 0; }
</style></head><body>
<p class="right">${esc(T.annex)}</p><p class="right"><i>${esc(T.rules)}</i></p>
<h1>${esc(T.formTitle)}</h1>
<h2>1. ${esc(T.s1)}</h2>
${kv([['Pašvaldības nosaukums:', w.municipality], ['Reģistrācijas numurs:', w.registration_no], ['Juridiskā adrese:', w.address],
    ['Plānošanas reģions:', w.planning_region], ['Kontaktpersona (vārds, uzvārds):', w.contact_name], ['Amats:', w.contact_position],
    ['Tālrunis:', w.contact_phone], ['E-pasts:', w.contact_email]])}
<h2>2. ${esc(T.s2)}</h2>
${kv([['Projekta nosaukums:', w.title], ['Esošie remigrācijas atbalsta pasākumi pašvaldībā:', w.current_measures], ['Projekta mērķis:', w.goal]])}
<h2>3. ${esc(T.s3)}</h2>
${acts}
<h2>4. ${esc(T.s4)}</h2>
${kv([['Plānotais remigrantu skaits:', w.target_remigrants], ['Plānotais informēto personu skaits:', w.target_reached]])}
<h2>5. ${esc(T.s5)}</h2>
${kv([['Kopējās izmaksas:', w.total_cost], ['Pieprasītā summa:', w.requested], ['Pašvaldības līdzfinansējums:', w.cofinancing]])}
<h2>6. ${esc(T.s6)}</h2>
${kv([['Īstenošanas periods:', w.period]])}
<h2>7. ${esc(T.s7)}</h2>
<p>${esc(T.declaration)}</p>
${kv([['Vārds, uzvārds:', w.signatory_name], ['Amats:', w.signatory_position], ['Datums:', w.signed_on], ['Paraksts:', '']])}
</body></html>`;
  const buf = htmlDocx.asBlob(html, { orientation: 'portrait', margins: { top: 1134, bottom: 1134, left: 1418, right: 850 } });
  const data = Buffer.isBuffer(buf) ? buf : Buffer.from(await buf.arrayBuffer());
  fs.writeFileSync(path.join(OUT, f.file), data);
  console.log('wrote', f.file);
}

// ---------------------------------------------------------------- c06 officegen
function c06() {
  return new Promise((resolve, reject) => {
    const officegen = require('officegen');
    const f = form('c06'); const w = f.w;
    const docx = officegen({ type: 'docx', creator: 'Siguldas novada pašvaldība', title: 'Pieteikums' });
    docx.on('error', reject);
    const p = (text, o = {}) => { const q = docx.createP({ align: o.align }); q.addText(text, { bold: o.bold, font_face: 'Arial', font_size: o.size ?? 11, italic: o.italic }); return q; };
    const heading = (t) => p(t, { bold: true, size: 12 });
    // label on its own line, value on the next one (same paragraph, line break)
    const nextLine = (l, v) => {
      const q = docx.createP();
      q.addText(l, { bold: true, font_face: 'Arial', font_size: 11 });
      q.addLineBreak();
      q.addText(v ?? '', { font_face: 'Arial', font_size: 11 });
    };
    const inline = (l, v) => { const q = docx.createP(); q.addText(l + ' ', { bold: true, font_face: 'Arial', font_size: 11 }); q.addText(v ?? '', { font_face: 'Arial', font_size: 11 }); };

    p(T.annex, { align: 'right' });
    p(T.rules, { align: 'right', italic: true });
    p(T.formTitle, { align: 'center', bold: true, size: 14 });
    heading('1. ' + T.s1);
    nextLine('Pašvaldības nosaukums', w.municipality);
    nextLine('Reģistrācijas numurs', w.registration_no);
    nextLine('Juridiskā adrese', w.address);
    nextLine('Plānošanas reģions', w.planning_region);
    nextLine('Kontaktpersona (vārds, uzvārds)', w.contact_name);
    nextLine('Amats', w.contact_position);
    nextLine('Tālrunis', w.contact_phone);
    nextLine('E-pasts', w.contact_email);
    heading('2. ' + T.s2);
    nextLine('Projekta nosaukums', w.title);
    nextLine('Esošie remigrācijas atbalsta pasākumi pašvaldībā', w.current_measures);
    nextLine('Projekta mērķis', w.goal);
    heading('3. ' + T.s3);
    const hs = { b: true, sz: 20, shd: { fill: 'D9D9D9', themeFill: 'text1', themeFillTint: '80' }, fontFamily: 'Arial' };
    const widths = [500, 2600, 3000, 1600, 1700];
    const rows = [T.actHead.map((h, k) => ({ val: h, opts: { ...hs, cellColWidth: widths[k] } }))];
    w.activities.forEach((a, i) => rows.push([`${i + 1}.`, a.kind, a.description, a.period ?? '', a.cost]));
    docx.createTable(rows, { tableColWidth: 1800, tableSize: 20, tableColor: '000000', tableAlign: 'left', tableFontFamily: 'Arial', borders: true });
    heading('4. ' + T.s4);
    inline('Plānotais remigrantu skaits:', w.target_remigrants);
    inline('Plānotais informēto personu skaits:', w.target_reached);
    heading('5. ' + T.s5);
    inline('Kopējās izmaksas:', w.total_cost);
    inline('Pieprasītais finansējums:', w.requested);
    heading('6. ' + T.s6);
    p(w.period);
    heading('7. ' + T.s7);
    p(T.declaration);
    inline('Vārds, uzvārds:', w.signatory_name);
    inline('Amats:', w.signatory_position);
    inline('Datums:', w.signed_on);
    inline('Paraksts:', '____________________');
    const out = fs.createWriteStream(path.join(OUT, f.file));
    out.on('close', () => { console.log('wrote', f.file); resolve(); });
    out.on('error', reject);
    docx.generate(out);
  });
}

(async () => { await c05(); await c06(); })().catch((e) => { console.error(e); process.exit(1); });
