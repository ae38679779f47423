// d12: render build/d12_template.docx with docxtemplater + pizzip (npm) into files/.
const fs = require("fs");
const path = require("path");
const PizZip = require(path.join(__dirname, "../node/node_modules/pizzip"));
const Docxtemplater = require(path.join(__dirname, "../node/node_modules/docxtemplater"));
const build = path.join(__dirname, "../build");
const zip = new PizZip(fs.readFileSync(path.join(build, "d12_template.docx")));
const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
doc.render(JSON.parse(fs.readFileSync(path.join(build, "d12_data.json"), "utf8")));
const out = fs.readFileSync(path.join(build, "d12_out.txt"), "utf8").trim();
fs.writeFileSync(path.join(__dirname, "../files", out), doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
const v = require(path.join(__dirname, "../node/node_modules/docxtemplater/package.json")).version;
console.log(`docxtemplater ${v} (npm) + pizzip filling a Word-like template`);
