// Shared data + texts for the JS generators of set C.
const fs = require('fs');
const path = require('path');

const FORMS = JSON.parse(fs.readFileSync(path.join(__dirname, 'forms.json'), 'utf8'));
const OUT = path.join(__dirname, '..', 'files');

function form(prefix) {
  const f = FORMS.find((x) => x.file.startsWith(prefix));
  if (!f) throw new Error('no form ' + prefix);
  return f;
}

const T = {
  annex: '1. pielikums',
  rules: 'konkursa „Remigrācijas sekmēšanas pakalpojumi pašvaldībās” nolikumam',
  formTitle: 'PIETEIKUMA VEIDLAPA',
  s1: 'Informācija par pieteicēju',
  s2: 'Projekta apraksts',
  s3: 'Plānotās aktivitātes',
  s4: 'Rezultatīvie rādītāji',
  s5: 'Budžets',
  s6: 'Īstenošanas periods',
  s7: 'Apliecinājums',
  declaration:
    'Ar šo apliecinu, ka pieteikumā sniegtā informācija ir patiesa un pašvaldība spēs nodrošināt projekta īstenošanu atbilstoši konkursa nolikumam.',
  actHead: ['Nr.', 'Aktivitātes veids', 'Apraksts', 'Īstenošanas laiks', 'Plānotās izmaksas, EUR'],
};

const FONT_DIR = '/usr/share/fonts/truetype';
const FONTS = {
  dejavu: FONT_DIR + '/dejavu/DejaVuSans.ttf',
  dejavuBold: FONT_DIR + '/dejavu/DejaVuSans-Bold.ttf',
  libSans: FONT_DIR + '/liberation/LiberationSans-Regular.ttf',
  libSansBold: FONT_DIR + '/liberation/LiberationSans-Bold.ttf',
  libSerif: FONT_DIR + '/liberation/LiberationSerif-Regular.ttf',
  libSerifBold: FONT_DIR + '/liberation/LiberationSerif-Bold.ttf',
};

module.exports = { FORMS, OUT, form, T, FONTS };
