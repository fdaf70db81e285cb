import { DomainError } from '../shared/domain-error';
import { DEFAULT_SPENDING_PLAN_SETTINGS, lineKindOf, profileWeights, spendingPlanSettings } from './settings';

const failure = (input: unknown): DomainError => {
  try { spendingPlanSettings(input); } catch (e) { expect(e).toBeInstanceOf(DomainError); return e as DomainError; }
  throw new Error('expected INVALID_SETTING');
};

describe('用款计划设置 (SPENDING_PLAN_SETTINGS)', () => {
  it('defaults: warn, seasonal templates, subsidies under 20807, lights at 60 / 80', () => {
    const s = spendingPlanSettings({});
    expect(s.overPlanPayments).toBe('warn');
    expect(s.defaultProfile).toBe('seasonal');
    expect(s.templates).toEqual(DEFAULT_SPENDING_PLAN_SETTINGS.templates);
    expect([s.light.red.toString(), s.light.yellow.toString()]).toEqual(['60', '80']);
  });

  it('overrides what is given and keeps the rest', () => {
    const s = spendingPlanSettings({ overPlanPayments: 'refuse', templates: { operating: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3] }, light: { yellow: '90' } });
    expect(s.overPlanPayments).toBe('refuse');
    expect(s.templates.operating[11]).toBe(3);
    expect(s.templates.personnel).toEqual(DEFAULT_SPENDING_PLAN_SETTINGS.templates.personnel);
    expect(s.light.yellow.toString()).toBe('90');
  });

  it.each([
    [{ overPlanPayments: 'block' }, 'overPlanPayments'],
    [{ defaultProfile: 'flat' }, 'defaultProfile'],
    [{ templates: { operating: [1, 1, 1] } }, 'templates.operating'],
    [{ templates: { operating: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -3] } }, 'templates.operating.11'],
    [{ templates: { operating: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5] } }, 'templates.operating.11'],
    [{ templates: { subsidy: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] } }, 'templates.subsidy'],
    [{ templates: { capital: [1] } }, 'templates.capital'],
    [{ subsidyFunctional: ['2080'] }, 'subsidyFunctional.0'],
    [{ light: { red: 'sixty' } }, 'light.red'],
    [{ light: { yellow: '50' } }, 'light.yellow'],
    [{ light: { red: '90' } }, 'light.red'],
    [{ policy: 'warn' }, 'policy'],
    [[], 'settings'],
  ])('refuses %j naming %s', (input, field) => {
    const error = failure(input);
    expect(error.code).toBe('INVALID_SETTING');
    expect(error.field).toBe(field);
  });

  it('tells the kind of a line by its type, basic kind and functional code', () => {
    expect(lineKindOf({ type: 'basic', basicKind: 'personnel', functional: '2080101' })).toBe('personnel');
    expect(lineKindOf({ type: 'basic', basicKind: 'operating', functional: '2080101' })).toBe('operating');
    expect(lineKindOf({ type: 'project', basicKind: null, functional: '2080705' })).toBe('subsidy');
    expect(lineKindOf({ type: 'project', basicKind: null, functional: '2080199' })).toBe('project');
  });

  it('the even profile gives every line twelve equal weights', () => {
    const even = spendingPlanSettings({ defaultProfile: 'even' });
    expect(profileWeights({ type: 'basic', basicKind: 'personnel', functional: '2080101' }, even)).toEqual(Array(12).fill(1));
    expect(profileWeights({ type: 'basic', basicKind: 'personnel', functional: '2080101' })).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
  });
});
