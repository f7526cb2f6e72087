#!/usr/bin/env node
// Checks data/places/*.tsv: column counts, numeric fields, keys, sort order, sample facts, FIPS codes.
// Usage: node data/places/tools/validate-places.js [data/places]
// Prints one line per failed check and a closing "N passed, N failed" line; exits 1 on any failure.
'use strict';
const fs = require('fs');
const path = require('path');
const dir = process.argv[2] || path.join(__dirname, '..');

let passed = 0, failed = 0;
function check(ok, what) { if (ok) passed++; else { failed++; console.log(`FAIL ${what}`); } }

function readTsv(name, header) {
  const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n');
  check(lines[lines.length - 1] === '', `${name}: ends with a newline`);
  lines.pop();
  check(lines[0] === header.join('\t'), `${name}: header is ${header.join(',')}`);
  const rows = lines.slice(1).map((l) => l.split('\t'));
  const bad = rows.findIndex((r) => r.length !== header.length);
  check(bad < 0, `${name}: every row has ${header.length} columns (first bad data row ${bad + 1})`);
  check(!lines.some((l) => /\r/.test(l)), `${name}: no CR characters`);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
const isInt = (s) => /^-?\d+$/.test(s);
const isCoord = (s, lim) => /^-?\d+(\.\d{1,5})?$/.test(s) && Math.abs(Number(s)) <= lim;
const allOk = (rows, pred) => { const i = rows.findIndex((r) => !pred(r)); return [i < 0, i < 0 ? '' : JSON.stringify(rows[i])]; };
function every(rows, pred, what) { const [ok, ex] = allOk(rows, pred); check(ok, `${what}${ok ? '' : ` — e.g. ${ex}`}`); }

// ---------- countries ----------
const countries = readTsv('countries.tsv', ['iso2', 'iso3', 'fips', 'name', 'capital', 'capital_geonameid', 'population', 'continent', 'latitude', 'longitude', 'geonameid']);
check(countries.length >= 245 && countries.length <= 260, `countries.tsv: 245..260 rows (has ${countries.length})`);
every(countries, (r) => /^[A-Z]{2}$/.test(r.iso2) && /^[A-Z]{3}$/.test(r.iso3), 'countries: iso2/iso3 shape');
every(countries, (r) => r.fips === '' || /^[A-Z]{2}$/.test(r.fips), 'countries: fips shape');
every(countries, (r) => r.population === '' || isInt(r.population), 'countries: population integer');
every(countries, (r) => (r.latitude === '' && r.longitude === '') || (isCoord(r.latitude, 90) && isCoord(r.longitude, 180)), 'countries: coordinates');
every(countries, (r) => ['AF', 'AS', 'EU', 'NA', 'SA', 'OC', 'AN'].includes(r.continent), 'countries: continent code');
every(countries, (r) => r.name !== '', 'countries: name present');
check(new Set(countries.map((r) => r.iso2)).size === countries.length, 'countries: iso2 unique');
const fipsSeen = countries.filter((r) => r.fips).map((r) => r.fips);
check(new Set(fipsSeen).size === fipsSeen.length, 'countries: fips unique');
const C = Object.fromEntries(countries.map((r) => [r.iso2, r]));
for (const [iso2, fips] of Object.entries({ RU: 'RS', CN: 'CH', GB: 'UK', DE: 'GM', JP: 'JA', KR: 'KS', UA: 'UP', TW: 'TW', US: 'US' })) {
  check(C[iso2] && C[iso2].fips === fips, `countries: ${iso2} has FIPS ${fips} (GDELT)`);
}
const ref = fs.readFileSync(path.join(__dirname, 'fips-geonames-check.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const fipsDiff = ref.filter(([iso2, fips]) => C[iso2] && C[iso2].fips !== (fips || ''));
check(fipsDiff.length === 0, `countries: FIPS equals GeoNames countryInfo for every country (differs: ${fipsDiff.map((d) => d[0]).join(' ')})`);
check(ref.every(([iso2]) => C[iso2]), `countries: every GeoNames country present (missing: ${ref.filter(([i]) => !C[i]).map((d) => d[0]).join(' ')})`);

// ---------- admin1 ----------
const admin1 = readTsv('admin1.tsv', ['country', 'admin1', 'name', 'ascii_name', 'latitude', 'longitude', 'point_geonameid']);
check(admin1.length > 3500, `admin1.tsv: > 3500 rows (has ${admin1.length})`);
every(admin1, (r) => C[r.country], 'admin1: country in countries.tsv');
every(admin1, (r) => r.admin1 !== '' && r.name !== '', 'admin1: code and name present');
every(admin1, (r) => /^[\x20-\x7e]+$/.test(r.ascii_name), 'admin1: ascii_name is printable ASCII');
every(admin1, (r) => (r.latitude === '' && r.longitude === '' && r.point_geonameid === '') ||
  (isCoord(r.latitude, 90) && isCoord(r.longitude, 180) && isInt(r.point_geonameid)), 'admin1: point empty or numeric');
check(new Set(admin1.map((r) => `${r.country}.${r.admin1}`)).size === admin1.length, 'admin1: (country, admin1) unique');
const A = Object.fromEntries(admin1.map((r) => [`${r.country}.${r.admin1}`, r]));
check(A['US.DC'] && A['US.DC'].name === 'District of Columbia', 'admin1: US.DC is District of Columbia');
check(A['RU.48'] && A['RU.48'].name === 'Moscow', 'admin1: RU.48 is Moscow');

// ---------- cities ----------
const cities = readTsv('cities.tsv', ['geonameid', 'name', 'ascii_name', 'alt_names', 'country', 'admin1', 'population', 'latitude', 'longitude', 'feature_code']);
check(cities.length > 25000 && cities.length < 30000, `cities.tsv: 25000..30000 rows (has ${cities.length})`);
every(cities, (r) => isInt(r.geonameid) && isInt(r.population), 'cities: geonameid and population integers');
every(cities, (r) => Number(r.population) >= 15000 || r.feature_code === 'PPLC', 'cities: population >= 15000 (or national capital)');
every(cities, (r) => isCoord(r.latitude, 90) && isCoord(r.longitude, 180), 'cities: coordinates with <= 5 decimals');
every(cities, (r) => C[r.country], 'cities: country in countries.tsv');
every(cities, (r) => r.name !== '' && /^[\x20-\x7e]+$/.test(r.ascii_name), 'cities: name present, ascii_name printable ASCII');
every(cities, (r) => /^[A-Z][A-Z0-9]{2,4}$/.test(r.feature_code), 'cities: feature code shape');
every(cities, (r) => r.alt_names === '' || r.alt_names.split('|').every((a) => a !== '' && /^[\x20-\x7e]+$/.test(a)), 'cities: alt_names are |-separated ASCII');
every(cities, (r) => r.alt_names === '' || r.alt_names.split('|').length <= 5, 'cities: at most 5 alt_names');
check(new Set(cities.map((r) => r.geonameid)).size === cities.length, 'cities: geonameid unique');
let sorted = true;
for (let i = 1; i < cities.length; i++) {
  const a = cities[i - 1], b = cities[i];
  if (a.country > b.country || (a.country === b.country && Number(a.population) < Number(b.population))) { sorted = false; break; }
}
check(sorted, 'cities: sorted by country, then population descending');
const orphans = cities.filter((r) => r.admin1 && r.admin1 !== '00' && !A[`${r.country}.${r.admin1}`]);
check(orphans.length < 50, `cities: < 50 rows with an admin1 code missing from admin1.tsv (has ${orphans.length})`);
const byId = Object.fromEntries(cities.map((r) => [r.geonameid, r]));
function fact(id, cc, a1, lat, lon, fcode, label, minPop) {
  const r = byId[id];
  check(r && r.country === cc && (a1 === null || r.admin1 === a1) && Math.abs(r.latitude - lat) < 0.02 && Math.abs(r.longitude - lon) < 0.02 &&
    r.feature_code === fcode && Number(r.population) >= minPop, `cities: ${label} (${id}) ${cc} ${lat},${lon} ${fcode}`);
}
fact('524901', 'RU', '48', 55.75, 37.62, 'PPLC', 'Moscow', 10000000);
fact('4140963', 'US', 'DC', 38.90, -77.04, 'PPLC', 'Washington', 500000);
fact('1816670', 'CN', '22', 39.91, 116.40, 'PPLC', 'Beijing', 10000000);
fact('703448', 'UA', '12', 50.45, 30.52, 'PPLC', 'Kyiv', 2000000);
fact('1668341', 'TW', null, 25.05, 121.53, 'PPLC', 'Taipei', 2000000);
check(byId['703448'] && byId['703448'].alt_names.split('|').includes('Kiev'), 'cities: Kyiv has alt name Kiev');
for (const c of countries) if (c.capital_geonameid) check(byId[c.capital_geonameid] && byId[c.capital_geonameid].country === c.iso2, `countries: capital of ${c.iso2} is in cities.tsv`);

console.log(`places: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
