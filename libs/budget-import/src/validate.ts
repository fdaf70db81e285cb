import { Money } from '@app/domain';
import { BudgetDocument } from './schema';
import { ImportIssue } from './issues';

/** Business rules of a budget document beyond its shape. Returns every problem found, each with its JSON path. */
export function validateDocument(doc: BudgetDocument): { issues: ImportIssue[]; warnings: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const fail = (path: string, code: string, message: string) => issues.push({ path, code, message });

  const unitCodes = uniqueCodes(doc.units.map((u) => u.code), 'units', fail);
  doc.units.forEach((u, i) => {
    if (!u.code.startsWith(doc.department.code)) fail(`units[${i}].code`, 'UNIT_OUTSIDE_DEPARTMENT', `unit ${u.code} does not belong to department ${doc.department.code}`);
  });
  const functional = uniqueCodes(doc.functionalClassifications.map((c) => c.code), 'functionalClassifications', fail);
  doc.functionalClassifications.forEach((c, i) => checkCode(c.code, [3, 5, 7], `functionalClassifications[${i}].code`, functional, fail));
  const economic = uniqueCodes(doc.economicClassifications.map((c) => c.code), 'economicClassifications', fail);
  doc.economicClassifications.forEach((c, i) => checkCode(c.code, [3, 5], `economicClassifications[${i}].code`, economic, fail));
  const projects = new Map(doc.projects.map((p) => [p.code, p]));
  uniqueCodes(doc.projects.map((p) => p.code), 'projects', fail);
  doc.projects.forEach((p, i) => {
    if (!unitCodes.has(p.unit)) fail(`projects[${i}].unit`, 'UNKNOWN_UNIT', `unit ${p.unit} is not listed in units`);
  });

  uniqueCodes(doc.lines.map((l) => l.id), 'lines', fail);
  const projectSums = new Map<string, Money>();
  let revolvingFunds = 0;
  doc.lines.forEach((l, i) => {
    const at = `lines[${i}]`;
    if (!unitCodes.has(l.unit)) fail(`${at}.unit`, 'UNKNOWN_UNIT', `unit ${l.unit} is not listed in units`);
    if (!functional.has(l.functional)) fail(`${at}.functional`, 'UNKNOWN_FUNCTIONAL_CODE', `functional code ${l.functional} is not listed`);
    if (l.economic && !economic.has(l.economic)) fail(`${at}.economic`, 'UNKNOWN_ECONOMIC_CODE', `economic code ${l.economic} is not listed`);
    if (new Money(l.amount).lte(0)) fail(`${at}.amount`, 'AMOUNT_NOT_POSITIVE', 'amount must be greater than 0');
    if (l.revolvingFund) revolvingFunds++;
    if (l.type === 'project') {
      const p = l.project ? projects.get(l.project) : undefined;
      if (!p) fail(`${at}.project`, 'UNKNOWN_PROJECT', `a project line must name a listed project (got ${l.project ?? 'none'})`);
      else if (p.unit !== l.unit) fail(`${at}.unit`, 'PROJECT_UNIT_MISMATCH', `project ${p.code} belongs to unit ${p.unit}`);
      if (l.basicKind) fail(`${at}.basicKind`, 'BASIC_KIND_ON_PROJECT_LINE', 'basicKind is only for basic lines');
      if (l.project) projectSums.set(l.project, (projectSums.get(l.project) ?? new Money(0)).plus(l.amount));
    } else {
      if (!l.basicKind) fail(`${at}.basicKind`, 'BASIC_KIND_REQUIRED', 'a basic line needs basicKind personnel or operating');
      if (!l.economic) fail(`${at}.economic`, 'ECONOMIC_CODE_REQUIRED', 'a basic line needs a 5-digit economic code');
      if (l.project) fail(`${at}.project`, 'PROJECT_ON_BASIC_LINE', 'a basic line belongs to no project');
    }
  });
  if (revolvingFunds > 1) fail('lines', 'SEVERAL_REVOLVING_FUNDS', 'at most one line may be the wage emergency revolving fund');
  doc.projects.forEach((p, i) => {
    const sum = projectSums.get(p.code) ?? new Money(0);
    if (!sum.eq(p.total)) fail(`projects[${i}].total`, 'PROJECT_TOTAL_MISMATCH', `project ${p.code} total ${p.total} but its lines add to ${sum.toFixed(2)}`);
  });

  validateIndicators(doc, projects, fail, (path, code, message) => warnings.push({ path, code, message }));
  return { issues, warnings };
}

type Report = (path: string, code: string, message: string) => void;

function validateIndicators(doc: BudgetDocument, projects: Map<string, BudgetDocument['projects'][number]>, fail: Report, warn: Report) {
  uniqueCodes(doc.indicators.map((i) => i.id), 'indicators', fail);
  const weights = new Map<string, { sum: Money; explained: boolean }>();
  doc.indicators.forEach((ind, i) => {
    const at = `indicators[${i}]`;
    if (ind.scope === 'project' && (!ind.project || !projects.has(ind.project))) fail(`${at}.project`, 'UNKNOWN_PROJECT', `indicator ${ind.id} names no listed project`);
    if (ind.scope === 'department' && ind.project) fail(`${at}.project`, 'PROJECT_ON_DEPARTMENT_INDICATOR', 'a department indicator belongs to no project');
    const qualitative = ind.comparator === '定性';
    if (qualitative !== (ind.kind === 'qualitative')) fail(`${at}.kind`, 'KIND_COMPARATOR_MISMATCH', '定性 indicators and only they are of kind qualitative');
    if (qualitative && ind.target !== null) fail(`${at}.target`, 'QUALITATIVE_HAS_NO_TARGET', 'a 定性 indicator has no numeric target');
    if (!qualitative && ind.target === null) fail(`${at}.target`, 'TARGET_REQUIRED', 'a numeric indicator needs a target');
    if (ind.metric === 'subsidy_beneficiaries' && !ind.subsidyCategory) fail(`${at}.subsidyCategory`, 'SUBSIDY_CATEGORY_REQUIRED', 'subsidy_beneficiaries needs a subsidyCategory');
    const key = ind.scope === 'department' ? 'department' : ind.project ?? '?';
    const entry = weights.get(key) ?? { sum: new Money(0), explained: false };
    const explained = ind.notes.length > 0 || (ind.project ? (projects.get(ind.project)?.notes.length ?? 0) > 0 : false);
    weights.set(key, { sum: entry.sum.plus(ind.weight), explained: entry.explained || explained });
  });
  for (const [key, { sum, explained }] of weights) {
    const expected = key === 'department' ? 100 : 90;
    if (sum.eq(expected)) continue;
    const message = `indicator weights of ${key === 'department' ? 'the department table' : `project ${key}`} add to ${sum.toString()}, not ${expected}`;
    const path = key === 'department' ? 'indicators' : `projects[${doc.projects.findIndex((p) => p.code === key)}]`;
    (explained ? warn : fail)(path, 'INDICATOR_WEIGHTS', message);
  }
}

function uniqueCodes(codes: string[], path: string, fail: Report): Set<string> {
  const seen = new Set<string>();
  codes.forEach((c, i) => {
    if (seen.has(c)) fail(`${path}[${i}]`, 'DUPLICATE', `${c} appears more than once in ${path}`);
    seen.add(c);
  });
  return seen;
}

function checkCode(code: string, lengths: number[], path: string, listed: Set<string>, fail: Report) {
  if (!/^\d+$/.test(code) || !lengths.includes(code.length)) {
    fail(path, 'INVALID_CODE', `${code} must have ${lengths.join(', ')} digits`);
    return;
  }
  const parent = code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : null;
  if (parent && !listed.has(parent)) fail(path, 'PARENT_CODE_MISSING', `${code}'s parent ${parent} is not listed`);
}
