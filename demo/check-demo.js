#!/usr/bin/env node
// Standalone check of demo/budget-2023-426.json (budget-import/v1) against the published
// 2023 department budget of 重庆市潼南区人力资源和社会保障局 (shared/seed/000_0f8e94163ce9d61e.txt).
// No dependencies. All amounts are handled as integer cents (BigInt); no floating point anywhere.
// Usage: node demo/check-demo.js [path/to/budget.json]      Exit code 0 = all checks passed.
'use strict';
const fs = require('fs');
const path = require('path');

const file = process.argv[2] || path.join(__dirname, 'budget-2023-426.json');
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));

let failures = 0;
let passes = 0;
const fail = (msg) => { failures++; console.log('  FAIL ' + msg); };
const ok = (msg) => { passes++; if (process.env.VERBOSE) console.log('  ok   ' + msg); };
const check = (cond, msg) => (cond ? ok(msg) : fail(msg));
const section = (t) => console.log('\n== ' + t);

// ---------- decimal strings <-> BigInt cents ----------
const DEC = /^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/;
function cents(s, where) {
  if (typeof s !== 'string' || !DEC.test(s)) { fail(`${where}: "${s}" is not a decimal string with at most 2 decimals`); return 0n; }
  const [i, f = ''] = s.split('.');
  return BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
}
function fmt(c) {
  const neg = c < 0n; const a = neg ? -c : c;
  return (neg ? '-' : '') + (a / 100n).toString() + '.' + (a % 100n).toString().padStart(2, '0');
}
const C = (s) => cents(s, 'constant');
function add(map, k, v) { map.set(k, (map.get(k) || 0n) + v); }
let show = false; // when true, eq() also prints matches
function eq(label, got, want) {
  if (got === want) { ok(`${label} = ${fmt(got)}`); if (show) console.log(`  ok   ${label} = ${fmt(got)}`); return true; }
  fail(`${label}: lines give ${fmt(got)}, expected ${fmt(want)} (diff ${fmt(got - want)})`);
  return false;
}

// ---------- published figures (independent transcription of the source) ----------
// 表二/表八 2023: code -> [total, basic, project]
const T2 = {
  '208': ['8386.57', '2218.26', '6168.31'], '20801': ['2781.96', '1855.66', '926.30'],
  '2080101': ['1605.00', '1605.00', null], '2080105': ['26.00', null, '26.00'], '2080109': ['241.58', null, '241.58'],
  '2080112': ['4.50', null, '4.50'], '2080150': ['250.66', '250.66', null], '2080199': ['654.22', null, '654.22'],
  '20805': ['362.60', '362.60', null], '2080505': ['182.89', '182.89', null], '2080506': ['62.67', '62.67', null],
  '2080599': ['117.04', '117.04', null], '20807': ['4644.65', null, '4644.65'], '2080701': ['4179.52', null, '4179.52'],
  '2080704': ['27.98', null, '27.98'], '2080705': ['67.00', null, '67.00'], '2080712': ['80.00', null, '80.00'],
  '2080799': ['290.15', null, '290.15'], '20809': ['373.00', null, '373.00'], '2080905': ['365.00', null, '365.00'],
  '2080999': ['8.00', null, '8.00'], '20810': ['119.36', null, '119.36'], '2081099': ['119.36', null, '119.36'],
  '20899': ['105.00', null, '105.00'], '2089999': ['105.00', null, '105.00'],
  '210': ['118.81', '118.81', null], '21011': ['118.81', '118.81', null], '2101101': ['80.45', '80.45', null],
  '2101102': ['13.55', '13.55', null], '2101103': ['13.60', '13.60', null], '2101199': ['11.20', '11.20', null],
  '213': ['545.27', null, '545.27'], '21308': ['545.27', null, '545.27'], '2130804': ['545.27', null, '545.27'],
  '221': ['159.08', '159.08', null], '22102': ['159.08', '159.08', null], '2210201': ['159.08', '159.08', null],
};
// 表三 2023 basic expenditure by economic class
const T3 = {
  '301': '1931.89', '30101': '425.67', '30102': '275.45', '30103': '575.83', '30107': '137.38', '30108': '182.89',
  '30109': '62.67', '30110': '66.59', '30111': '13.41', '30112': '16.93', '30113': '159.08', '30114': '16.00',
  '302': '436.06', '30201': '200.51', '30205': '2.00', '30206': '8.50', '30207': '44.20', '30216': '5.88', '30217': '9.40',
  '30226': '14.80', '30228': '40.40', '30229': '31.42', '30231': '11.00', '30239': '67.96',
  '303': '128.20', '30305': '2.36', '30307': '8.80', '30399': '117.04',
};
// Published leaf figures that cannot be reproduced together with their published parents
// (the document's own rounding); the JSON documents each in `quirks`. value = lines − published.
const KNOWN_ROUNDING = {
  functional: { '2101101': '0.01' },   // 21011 = 118.81 but its 项 print 118.80
  economic: { '30103': '-0.01', '30201': '-0.01' }, // 301 款 add to 1931.90 (published 1931.89), 302 款 to 436.07 (436.06)
};
// 表十: 49 project totals in printed order
const T10 = ['4.50', '10.00', '4.00', '2.43', '68.00', '10.00', '45.00', '14.80', '500.00', '8.00', '10.00', '5.00', '3.00',
  '42.00', '20.00', '40.00', '15.00', '50.00', '16.50', '30.36', '8.00', '60.00', '1.36', '20.00', '5.00', '3.00', '90.00',
  '280.00', '60.00', '15.00', '20.00', '5.00', '36.00', '67.00', '9.00', '10.00', '4144.00', '43.01', '304.00', '18.72',
  '1.29', '1.69', '3.86', '20.23', '162.26', '13.59', '305.00', '80.00', '27.98'];
const T10_UNIT = ['426004', '426005', '426001', '426001', '426001', '426001', '426001', '426001', '426006', '426006', '426006',
  '426006', '426006', '426003', '426003', '426003', '426003', '426003', '426003', '426003', '426003', '426003', '426003',
  '426003', '426003', '426003', '426003', '426003', '426002', '426002', '426002', '426002', '426002', '426002', '426003',
  '426003', '426002', '426002', '426002', '426003', '426002', '426002', '426002', '426002', '426002', '426002', '426003',
  '426001', '426003'];

// ======================================================================
section('document');
check(doc.format === 'budget-import/v1', 'format is budget-import/v1');
check(doc.kind === 'initial', 'kind is initial');
check(doc.fiscalYear === 2023, 'fiscalYear 2023');
check(doc.amountUnit === '万元', 'amountUnit 万元');
check(doc.department && doc.department.code === '426', 'department 426');

// ---------- units ----------
const units = new Map((doc.units || []).map((u) => [u.code, u]));
check(units.size === 6 && doc.units.length === 6, `6 units (got ${doc.units.length})`);
for (const u of doc.units) check(/^426[0-9]{3}$/.test(u.code) && u.name && u.shortName, `unit ${u.code} well-formed`);
for (const code of ['426001', '426002', '426003', '426004', '426005', '426006']) check(units.has(code), `unit ${code} present`);

// ---------- classifications ----------
const fcodes = new Map(doc.functionalClassifications.map((c) => [c.code, c.name]));
const ecodes = new Map(doc.economicClassifications.map((c) => [c.code, c.name]));
for (const c of doc.functionalClassifications) check(/^[0-9]{3}([0-9]{2}){0,2}$/.test(c.code) && c.name, `functional ${c.code} well-formed`);
for (const c of doc.economicClassifications) check(/^[0-9]{3}([0-9]{2})?$/.test(c.code) && c.name, `economic ${c.code} well-formed`);
check(fcodes.size === doc.functionalClassifications.length, 'functional codes unique');
check(ecodes.size === doc.economicClassifications.length, 'economic codes unique');

// ---------- projects ----------
section('projects (表十)');
const projects = new Map();
for (const p of doc.projects) {
  check(!projects.has(p.code), `project ${p.code} unique`);
  projects.set(p.code, p);
  check(/^P[0-9]{2}$/.test(p.code) && p.code === 'P' + String(p.seq).padStart(2, '0'), `project ${p.code} code matches seq`);
  check(units.has(p.unit), `project ${p.code} unit listed`);
  check(['年初特定目标', '上级专项'].includes(p.category), `project ${p.code} category`);
  const subs = p.category === '年初特定目标' ? ['人员性', '一般性', '民生配套项目'] : ['提前下达专项', '结转项目', '市级专项'];
  check(subs.includes(p.subCategory), `project ${p.code} subCategory fits category`);
  check(typeof p.name === 'string' && p.name.length > 0 && !/\n/.test(p.name), `project ${p.code} name joined`);
}
check(doc.projects.length === 49, `49 projects (got ${doc.projects.length})`);
doc.projects.forEach((p, i) => {
  check(p.seq === i + 1, `project ${p.code} in printed order`);
  eq(`表十 row ${i + 1} total`, cents(p.total, `project ${p.code}.total`), C(T10[i]));
  check(p.unit === T10_UNIT[i], `表十 row ${i + 1} unit ${T10_UNIT[i]}`);
});
show = true;
const sumBy = (pred) => doc.projects.filter(pred).reduce((a, p) => a + cents(p.total, p.code), 0n);
eq('表十 49 projects', sumBy(() => true), C('6713.58'));
eq('表十 年初特定目标 小计', sumBy((p) => p.category === '年初特定目标'), C('1568.95'));
eq('表十 上级专项 小计', sumBy((p) => p.category === '上级专项'), C('5144.63'));
eq('表十 提前下达专项', sumBy((p) => p.subCategory === '提前下达专项'), C('4753.00'));
eq('表十 结转项目', sumBy((p) => p.subCategory === '结转项目'), C('202.92'));
eq('表十 市级专项', sumBy((p) => p.subCategory === '市级专项'), C('188.71'));
eq('表十 一般性', sumBy((p) => p.subCategory === '一般性'), C('457.80'));
eq('表十 民生配套项目', sumBy((p) => p.subCategory === '民生配套项目'), C('41.00'));
// the printed 人员性 column (1070.31) counts row 34 at its form amount 67.16 instead of 67.00 (documented quirk)
eq('表十 人员性 (+0.16 for row 34 at 67.16)', sumBy((p) => p.subCategory === '人员性') + (projects.get('P34').subCategory === '人员性' ? C('0.16') : 0n), C('1070.31'));

show = false;
// ---------- lines ----------
section('lines');
const ids = new Set();
const usedF = new Set();
const usedE = new Set();
let total = 0n, basic = 0n, project = 0n, personnel = 0n, operating = 0n;
const byF = new Map(), bByF = new Map(), pByF = new Map(), bByE = new Map(), byP = new Map(), byU = new Map();
let revolving = [];
for (const l of doc.lines) {
  const w = `line ${l.id}`;
  check(typeof l.id === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(l.id), `${w} id pattern`);
  check(!ids.has(l.id), `${w} id unique`);
  ids.add(l.id);
  check(units.has(l.unit), `${w} unit listed`);
  check(/^[0-9]{7}$/.test(l.functional), `${w} functional is a 7-digit 项`);
  usedF.add(l.functional);
  check(l.fundingSource === '一般公共预算拨款', `${w} funding source`);
  check(['block', 'warn'].includes(l.overspendPolicy), `${w} overspendPolicy`);
  check(Array.isArray(l.inferred) && Array.isArray(l.notes), `${w} inferred/notes arrays`);
  const a = cents(l.amount, w + '.amount');
  check(a > 0n, `${w} amount > 0`);
  if (l.revolvingFund === true) revolving.push(l);
  total += a;
  for (const k of [l.functional.slice(0, 3), l.functional.slice(0, 5), l.functional]) add(byF, k, a);
  add(byU, l.unit, a);
  if (l.type === 'basic') {
    basic += a;
    check(l.project == null, `${w} basic line has no project`);
    check(/^[0-9]{5}$/.test(l.economic || ''), `${w} economic 款 present`);
    usedE.add(l.economic);
    const wantKind = l.economic.startsWith('302') ? 'operating' : 'personnel';
    check(l.basicKind === wantKind, `${w} basicKind ${wantKind} (表三 人员经费 = 301+303, 日常公用经费 = 302)`);
    if (l.basicKind === 'personnel') personnel += a; else operating += a;
    check(l.id === `${l.unit}-2023-B-${l.functional}-${l.economic}`, `${w} basic id naming`);
    for (const k of [l.functional.slice(0, 3), l.functional.slice(0, 5), l.functional]) add(bByF, k, a);
    for (const k of [l.economic.slice(0, 3), l.economic]) add(bByE, k, a);
  } else if (l.type === 'project') {
    project += a;
    const p = projects.get(l.project);
    check(!!p, `${w} names a listed project`);
    check(p && p.unit === l.unit, `${w} project of the same unit`);
    check(l.basicKind == null, `${w} project line has no basicKind`);
    if (l.economic != null) { check(/^[0-9]{5}$/.test(l.economic), `${w} economic 款`); usedE.add(l.economic); }
    check(l.id === `${l.unit}-2023-${l.project}` || l.id === `${l.unit}-2023-${l.project}-${l.functional}`, `${w} project id naming`);
    add(byP, l.project, a);
    for (const k of [l.functional.slice(0, 3), l.functional.slice(0, 5), l.functional]) add(pByF, k, a);
  } else fail(`${w} type "${l.type}"`);
}
const nBasic = doc.lines.filter((l) => l.type === 'basic').length;
const nProj = doc.lines.filter((l) => l.type === 'project').length;
console.log(`  ${doc.lines.length} lines: ${nProj} project, ${nBasic} basic`);
// split project lines must use the long id form
for (const p of doc.projects) {
  const pl = doc.lines.filter((l) => l.project === p.code);
  check(pl.length >= 1, `project ${p.code} has a line`);
  if (pl.length > 1) for (const l of pl) check(l.id === `${l.unit}-2023-${p.code}-${l.functional}`, `split line ${l.id} id`);
  eq(`project ${p.code} lines = total`, byP.get(p.code) || 0n, cents(p.total, p.code));
}
check(revolving.length === 1, `exactly one revolvingFund line (got ${revolving.length})`);
if (revolving.length === 1) {
  const r = revolving[0];
  check(r.project === 'P09' && r.unit === '426006' && r.amount === '500.00' && /农民工工资应急周转金/.test(projects.get('P09').name),
    `revolving line is P09 农民工工资应急周转金, 426006, 500.00 (${r.id})`);
}

// ---------- codes listed with parents ----------
section('classification codes');
for (const f of usedF) for (const k of [f.slice(0, 3), f.slice(0, 5), f]) check(fcodes.has(k), `functional ${k} (used by ${f}) listed`);
for (const e of usedE) for (const k of [e.slice(0, 3), e]) check(ecodes.has(k), `economic ${k} (used by ${e}) listed`);
for (const k of fcodes.keys()) check([...usedF].some((f) => f.startsWith(k)), `functional ${k} listed and used`);
for (const k of ecodes.keys()) check([...usedE].some((e) => e.startsWith(k)), `economic ${k} listed and used`);
console.log(`  functional codes: ${fcodes.size} listed, ${usedF.size} 项 used; economic codes: ${ecodes.size} listed, ${usedE.size} 款 used`);

// ---------- control totals in the JSON ----------
section('controlTotals reproduced from lines');
const ct = doc.controlTotals;
show = true;
eq('controlTotals.total', total, cents(ct.total, 'ct.total'));
eq('controlTotals.basic', basic, cents(ct.basic, 'ct.basic'));
eq('controlTotals.project', project, cents(ct.project, 'ct.project'));
show = false;
const groups = [['byFunctional', byF], ['basicByFunctional', bByF], ['projectByFunctional', pByF], ['basicByEconomic', bByE], ['byProject', byP], ['byUnit', byU]];
let nCt = 3;
for (const [g, m] of groups) {
  const shown = [];
  for (const [k, v] of Object.entries(ct[g] || {})) {
    nCt++;
    if (eq(`controlTotals.${g}.${k}`, m.get(k) || 0n, cents(v, `ct.${g}.${k}`))) shown.push(`${k} ${v}`);
  }
  if (Object.keys(ct[g] || {}).length === 0) { console.log(`  ${g}: none published`); continue; }
  console.log(`  ${g} (${Object.keys(ct[g] || {}).length}, reproduced ${shown.length}):`);
  for (let i = 0; i < shown.length; i += 6) console.log('    ' + shown.slice(i, i + 6).join(' | '));
}
console.log(`  ${nCt} control totals checked`);
// every control total present must be a published figure
for (const [k, v] of Object.entries(ct.byFunctional)) check(T2[k] && T2[k][0] === v, `byFunctional.${k} ${v} is the published 表二 figure`);
for (const [k, v] of Object.entries(ct.basicByFunctional)) check(T2[k] && T2[k][1] === v, `basicByFunctional.${k} ${v} is published`);
for (const [k, v] of Object.entries(ct.projectByFunctional)) check(T2[k] && T2[k][2] === v, `projectByFunctional.${k} ${v} is published`);
for (const [k, v] of Object.entries(ct.basicByEconomic)) check(T3[k] === v, `basicByEconomic.${k} ${v} is the published 表三 figure`);
check(Object.keys(ct.byProject).length === 49, 'byProject has all 49 projects');
check(Object.keys(ct.byUnit || {}).length === 0, 'byUnit empty: the document prints no per-unit totals');

// ---------- every published 表二 / 表三 figure ----------
section('published 表二 (2023) and 表三 figures vs lines');
const quirkText = JSON.stringify(doc.quirks || []);
let known = 0;
function published(label, got, pubStr, knownDiff, code) {
  const want = C(pubStr);
  if (knownDiff !== undefined) {
    const d = got - want;
    if (d === C(knownDiff.replace('-', '')) * (knownDiff.startsWith('-') ? -1n : 1n)) {
      known++;
      check(quirkText.includes(code), `${label}: documented in quirks`);
      console.log(`  KNOWN ${label}: published ${pubStr}, lines ${fmt(got)} (document rounding, see quirks)`);
    } else fail(`${label}: lines ${fmt(got)}, published ${pubStr}, expected documented difference ${knownDiff}`);
    return;
  }
  eq(label, got, want);
}
for (const [k, [t, b, p]] of Object.entries(T2)) {
  const kd = KNOWN_ROUNDING.functional[k];
  published(`表二 ${k} 合计`, byF.get(k) || 0n, t, kd, k);
  if (b) published(`表二 ${k} 基本支出`, bByF.get(k) || 0n, b, kd, k);
  else check(!bByF.get(k), `表二 ${k} has no basic expenditure`);
  if (p) published(`表二 ${k} 项目支出`, pByF.get(k) || 0n, p, kd, k);
  else check(!pByF.get(k), `表二 ${k} has no project expenditure`);
}
for (const k of byF.keys()) check(k in T2, `functional ${k} carried by lines is printed in 表二 2023`);
for (const [k, v] of Object.entries(T3)) published(`表三 ${k}`, bByE.get(k) || 0n, v, KNOWN_ROUNDING.economic[k], k);
for (const k of bByE.keys()) check(k in T3, `economic ${k} carried by basic lines is printed in 表三`);
show = true;
eq('表三 人员经费 (301+303 lines)', personnel, C('2060.09'));
eq('表三 日常公用经费 (302 lines)', operating, C('436.06'));
// inference check: 机关运行经费 430.06 read as the 302 of 行政运行 (2080101)
const op2080101 = doc.lines.filter((l) => l.type === 'basic' && l.functional === '2080101' && l.basicKind === 'operating')
  .reduce((a, l) => a + C(l.amount), 0n);
eq('机关运行经费 (302 on 2080101, inferred reading)', op2080101, C('430.06'));

show = false;

// ---------- 表四 (三公经费, 机关运行经费) and 表九 (政府采购预算) ----------
section('表四 三公经费 / 机关运行经费 and 表九 政府采购预算');
show = true;
const T4 = { 2023: { total: '23.00', abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '11.00', reception: '12.00' },
  2022: { total: '32.30', abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '12.00', reception: '20.30' } };
const CATS = ['abroad', 'vehicle_purchase', 'vehicle_operation', 'reception'];
const sg = doc.sanGong;
check(!!sg, 'sanGong present');
if (sg) {
  for (const c of CATS) eq(`表四 2023 ${c}`, cents(sg.caps[c], `sanGong.caps.${c}`), C(T4[2023][c]));
  eq('表四 2023 合计 = caps', CATS.reduce((a, c) => a + cents(sg.caps[c], c), 0n), C(T4[2023].total));
  eq('sanGong.total', cents(sg.total, 'sanGong.total'), C(T4[2023].total));
  check(sg.priorYear && sg.priorYear.fiscalYear === 2022, 'sanGong.priorYear is 2022');
  for (const c of CATS) eq(`表四 2022 ${c}`, cents(sg.priorYear.caps[c], `sanGong.priorYear.caps.${c}`), C(T4[2022][c]));
  eq('表四 2022 合计 = figures', CATS.reduce((a, c) => a + cents(sg.priorYear.caps[c], c), 0n), C(T4[2022].total));
  eq('表四 2023 − 2022 (narrative says 9.8 less: a recorded quirk)', C(T4[2022].total) - cents(sg.total, 't'), C('9.30'));
  check(quirkText.includes('23元') || quirkText.includes('23 元') || quirkText.includes('“三公”'), 'the "23元" typo is a recorded quirk');
  const basic = (code) => doc.lines.filter((l) => l.type === 'basic' && l.economic === code).reduce((a, l) => a + C(l.amount), 0n);
  check(basic('30217') <= cents(sg.caps.reception, 'r'), '30217 basic lines (9.40) within the 接待 cap');
  check(basic('30231') <= cents(sg.caps.vehicle_operation, 'v'), '30231 basic lines (11.00) within the 用车运维 cap');
}
const ao = doc.agencyOperatingExpenses;
check(!!ao, 'agencyOperatingExpenses present');
if (ao) {
  eq('机关运行经费 430.06', cents(ao.amount, 'agencyOperatingExpenses.amount'), C('430.06'));
  eq('机关运行经费 = basic operating lines on its 项 codes', doc.lines.filter((l) => l.type === 'basic' && l.basicKind === 'operating' && ao.functional.includes(l.functional))
    .reduce((a, l) => a + C(l.amount), 0n), C('430.06'));
  eq('机关运行经费 2022 = 430.06 + 77.63', cents(ao.priorYear, 'agencyOperatingExpenses.priorYear'), C('430.06') + C('77.63'));
}
const pr = doc.procurement;
check(!!pr, 'procurement present');
if (pr) {
  const lineById = new Map(doc.lines.map((l) => [l.id, l]));
  const items = pr.items || [];
  eq('表九 合计', items.reduce((a, i) => a + cents(i.amount, i.id), 0n), C('17.76'));
  eq('表九 A 货物', items.filter((i) => i.category === 'goods').reduce((a, i) => a + C(i.amount), 0n), C('17.76'));
  eq('政府采购工程 (narrative)', items.filter((i) => i.category === 'works').reduce((a, i) => a + C(i.amount), 0n), C('0.00'));
  eq('政府采购服务 (narrative)', items.filter((i) => i.category === 'services').reduce((a, i) => a + C(i.amount), 0n), C('0.00'));
  eq('表九 一般公共预算拨款收入', items.reduce((a, i) => a + cents(i.fundingSources['一般公共预算拨款'] || '0', i.id), 0n), C('17.76'));
  eq('procurement.total', cents(pr.total, 'procurement.total'), C('17.76'));
  for (const i of items) {
    const l = lineById.get(i.line);
    check(!!l, `procurement item ${i.id} names a line`);
    eq(`procurement item ${i.id} funding sources`, Object.values(i.fundingSources).reduce((a, v) => a + cents(v, i.id), 0n), cents(i.amount, i.id));
    if (l) check(C(i.amount) <= C(l.amount), `procurement item ${i.id} within its line ${l.id}`);
  }
}
show = false;

// ---------- DOMAIN.md published totals ----------
section('DOMAIN.md published totals');
show = true;
eq('total', total, C('9209.73'));
eq('basic', basic, C('2496.15'));
eq('project', project, C('6713.58'));
eq('basic + project = total', basic + project, C('9209.73'));
eq('208 total', byF.get('208') || 0n, C('8386.57'));
eq('208 basic', bByF.get('208') || 0n, C('2218.26'));
eq('208 project', pByF.get('208') || 0n, C('6168.31'));
eq('210 total', byF.get('210') || 0n, C('118.81'));
eq('210 basic', bByF.get('210') || 0n, C('118.81'));
eq('213 total', byF.get('213') || 0n, C('545.27'));
eq('213 project', pByF.get('213') || 0n, C('545.27'));
eq('221 total', byF.get('221') || 0n, C('159.08'));
eq('221 basic', bByF.get('221') || 0n, C('159.08'));
eq('basic 301', bByE.get('301') || 0n, C('1931.89'));
eq('basic 302', bByE.get('302') || 0n, C('436.06'));
eq('basic 303', bByE.get('303') || 0n, C('128.20'));
eq('49 projects', doc.projects.reduce((a, p) => a + C(p.total), 0n), C('6713.58'));

show = false;
// ---------- indicators ----------
section('indicators (表十一, 表十二)');
const LEVEL1 = ['产出指标', '效益指标', '满意度指标'];
const CMP = ['＝', '≥', '≤', '定性'];
const KIND = ['cumulative', 'level', 'qualitative'];
const indIds = new Set();
const weights = new Map(); // form key -> cents
const formRows = new Map();
let dept = 0;
for (const ind of doc.indicators) {
  const w = `indicator ${ind.id}`;
  check(!indIds.has(ind.id), `${w} unique`);
  indIds.add(ind.id);
  check(LEVEL1.includes(ind.level1), `${w} level1`);
  check(typeof ind.level2 === 'string' && ind.level2.endsWith('指标'), `${w} level2`);
  check(typeof ind.name === 'string' && ind.name.length > 0 && !/\n/.test(ind.name), `${w} name`);
  check(CMP.includes(ind.comparator), `${w} comparator`);
  check(KIND.includes(ind.kind), `${w} kind`);
  check(typeof ind.targetText === 'string', `${w} targetText is a string ("" for an empty 指标值 cell)`);
  if (ind.comparator === '定性') {
    check(ind.target === null && ind.kind === 'qualitative' && ind.targetText === '', `${w} 定性: target null, targetText "", kind qualitative`);
  } else {
    cents(ind.target, `${w}.target`);
    check(ind.kind !== 'qualitative', `${w} numeric indicator not qualitative`);
    check(typeof ind.targetText === 'string' && ind.targetText.length > 0, `${w} targetText`);
  }
  const wc = cents(ind.weight, `${w}.weight`);
  check(wc > 0n, `${w} weight > 0`);
  let key;
  if (ind.scope === 'department') {
    dept++;
    check(/^D-[0-9]{2}$/.test(ind.id) && ind.project == null, `${w} department id`);
    key = 'D';
  } else if (ind.scope === 'project') {
    check(projects.has(ind.project) && new RegExp('^' + ind.project + '-[0-9]{2}$').test(ind.id), `${w} project id`);
    key = ind.project;
  } else fail(`${w} scope`);
  add(weights, key, wc);
  formRows.set(key, (formRows.get(key) || 0) + 1);
  if (ind.metric === 'wage_arrears_disposal_rate') check(/欠薪处置率/.test(ind.name), `${w} wage_arrears metric on 欠薪处置率`);
  else if (ind.metric === 'basic_expenditure_execution') check(ind.scope === 'department' && ind.name === '基本支出', `${w} basic_expenditure_execution on 表十一 基本支出`);
  else if (ind.metric === 'subsidy_beneficiaries') check(typeof ind.subsidyCategory === 'string' && ind.name.startsWith(ind.subsidyCategory), `${w} subsidy_beneficiaries with its category`);
  else check(ind.metric == null && ind.subsidyCategory == null, `${w} no metric`);
  if (/欠薪处置率/.test(ind.name)) check(ind.metric === 'wage_arrears_disposal_rate', `${w} 欠薪处置率 bound`);
  if (/补贴人数$/.test(ind.name)) check(ind.metric === 'subsidy_beneficiaries', `${w} subsidy head count bound`);
}
// row numbering is contiguous within each form
for (const [key, n] of formRows) {
  for (let i = 1; i <= n; i++) check(indIds.has(`${key === 'D' ? 'D' : key}-${String(i).padStart(2, '0')}`), `${key} row ${i} present`);
}
const forms = [...weights.keys()].filter((k) => k !== 'D');
const exceptions = [];
for (const k of forms) {
  const w = weights.get(k);
  if (w !== 9000n) {
    const noted = (projects.get(k).notes || []).some((n) => /权重|weight/.test(n));
    exceptions.push(`${k} ${fmt(w)}`);
    check(noted, `form ${k} weights ${fmt(w)} ≠ 90 and explained in a note`);
  } else ok(`form ${k} weights = 90`);
}
eq('表十一 department weights', weights.get('D') || 0n, C('100'));
check(forms.length === 37, `37 project forms with indicators (got ${forms.length})`);
check(dept === 9, `9 department indicators (got ${dept})`);
const wa = doc.indicators.filter((i) => i.metric === 'wage_arrears_disposal_rate');
const sb = doc.indicators.filter((i) => i.metric === 'subsidy_beneficiaries');
check(wa.some((i) => i.id === 'D-08'), 'D-08 欠薪处置率 bound to wage_arrears_disposal_rate');
console.log(`  forms with weights ≠ 90: ${exceptions.length ? exceptions.join(', ') : 'none'}; department table: ${fmt(weights.get('D') || 0n)}`);
console.log(`  metric bindings: wage_arrears_disposal_rate ${wa.map((i) => i.id).join(', ')}; subsidy_beneficiaries ${sb.map((i) => `${i.id} ${i.subsidyCategory}`).join(', ')}`);
const kinds = {};
for (const i of doc.indicators) kinds[i.kind] = (kinds[i.kind] || 0) + 1;

// ---------- summary ----------
section('counts');
console.log(`  units ${doc.units.length}, projects ${doc.projects.length}, lines ${doc.lines.length} (${nProj} project + ${nBasic} basic),`);
console.log(`  project forms with indicators ${forms.length}, indicators ${doc.indicators.length} (${dept} department + ${doc.indicators.length - dept} project; ` +
  Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(', ') + ')');
console.log(`  totals: total ${fmt(total)} = basic ${fmt(basic)} + project ${fmt(project)}; personnel ${fmt(personnel)}, operating ${fmt(operating)}`);
console.log(`  known document rounding differences: ${known}; quirks recorded: ${(doc.quirks || []).length}`);
console.log(`\n${failures === 0 ? 'PASS' : 'FAIL'}: ${passes} checks passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
