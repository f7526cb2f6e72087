#!/usr/bin/env node
// Checks data/tone/*: comment + header lines, column counts, numeric fields, entry counts, licence files.
// Usage: node data/tone/tools/validate-tone.js [data/tone]
// Prints one line per failed check and a closing "N passed, N failed" line; exits 1 on any failure.
'use strict';
const fs = require('fs');
const path = require('path');
const dir = process.argv[2] || path.join(__dirname, '..');

let passed = 0, failed = 0;
function check(ok, what) { if (ok) passed++; else { failed++; console.log(`FAIL ${what}`); } }
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');

function lexicon(name, header, valueOk, expected) {
  const lines = read(name).split('\n');
  check(lines.pop() === '', `${name}: ends with a newline`);
  check(lines[0].startsWith('# ') && /licen[cs]e/i.test(lines[0]) && /Copyright/.test(lines[0]), `${name}: first line is a comment naming source, licence, copyright`);
  check(lines[1] === header, `${name}: second line is the header ${header}`);
  const rows = lines.slice(2).map((l) => l.split('\t'));
  check(rows.length === expected, `${name}: ${expected} entries (has ${rows.length})`);
  const bad = rows.findIndex((r) => r.length !== 2 || r[0] === '' || !valueOk(r[1]));
  check(bad < 0, `${name}: every entry is word<TAB>number in range (first bad: ${bad < 0 ? '-' : JSON.stringify(rows[bad])})`);
  check(!rows.some((r) => r[0].startsWith('#')), `${name}: no entry starts with # (comment lines stay unambiguous)`);
  check(!lines.some((l) => /\r/.test(l)), `${name}: no CR characters`);
  return rows;
}
const vader = lexicon('vader.tsv', 'word\tvalence', (v) => /^-?\d+(\.\d+)?$/.test(v) && Math.abs(Number(v)) <= 4, 7517);
const afinn = lexicon('afinn165.tsv', 'word\tscore', (v) => /^-?\d$/.test(v) && Math.abs(Number(v)) <= 5, 3382);
const V = new Map(vader.map((r) => [r[0], Number(r[1])]));   // last occurrence wins, as in the reference VADER
const A = new Map(afinn.map((r) => [r[0], Number(r[1])]));
check(V.get('good') === 1.9 && V.get('terrible') === -2.1 && V.get('war') === -2.9, 'vader: sample values (good 1.9, terrible -2.1, war -2.9)');
check(A.get('good') === 3 && A.get('bad') === -3 && A.get('war') === -2 && A.get('bankruptcy') === -3, 'afinn: sample values (good 3, bad -3, war -2, bankruptcy -3)');
check(A.size === afinn.length, 'afinn: words unique');

for (const f of ['LICENSE-vader.txt', 'LICENSE-afinn.txt', 'README.md']) check(fs.existsSync(path.join(dir, f)) && read(f).length > 500, `${f} present`);
check(/C\.J\. Hutto/.test(read('LICENSE-vader.txt')) && /Apache License/.test(read('LICENSE-vader.txt')), 'LICENSE-vader.txt: MIT (Hutto) and Apache-2.0 (npm port) texts');
check(/Titus Wormer/.test(read('LICENSE-afinn.txt')) && /Open Database License/.test(read('LICENSE-afinn.txt')), 'LICENSE-afinn.txt: MIT (package) and ODbL notice (word list)');

// pronouns.tsv
const plines = read('pronouns.tsv').split('\n');
check(plines.pop() === '', 'pronouns.tsv: ends with a newline');
const body = plines.filter((l) => !l.startsWith('#'));
check(body[0] === 'pronoun\tperson\tnumber\tform\tclass', 'pronouns.tsv: header');
const prow = body.slice(1).map((l) => l.split('\t'));
check(prow.every((r) => r.length === 5 && ['1', '2', '3'].includes(r[1]) && ['self', 'group', 'other'].includes(r[4])), 'pronouns.tsv: 5 columns, person 1-3, class self/group/other');
check(new Set(prow.map((r) => r[0].toLowerCase())).size === prow.length, 'pronouns.tsv: pronouns unique');
const cls = (w) => (prow.find((r) => r[0] === w) || [])[4];
check(['I', 'me', 'my', 'mine', 'myself'].every((w) => cls(w) === 'self'), 'pronouns.tsv: I/me/my/mine/myself are self');
check(['we', 'us', 'our', 'ours', 'ourselves'].every((w) => cls(w) === 'group'), 'pronouns.tsv: we/us/our/ours/ourselves are group');

// activity-words.txt: a note only (no entries)
const alines = read('activity-words.txt').split('\n').filter((l) => l.trim() !== '');
check(alines.length > 0 && alines.every((l) => l.startsWith('#')), 'activity-words.txt: comments only (rule documented, no invented list)');

console.log(`tone: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
