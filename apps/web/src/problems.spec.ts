import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_TEXT, problemText } from './problems';

const ROOT = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'web' ? [] : sources(path);
    return /\.ts$/.test(name) && !/spec\.ts$/.test(name) ? [path] : [];
  });
}

describe('API problems as Chinese sentences', () => {
  it('every stable code the API can answer has a Chinese message (scanned from the sources)', () => {
    const pattern = /(?:DomainError\.(?:invalid|conflict|notFound|precondition)\(|new (?:Forbidden|Unauthenticated)\(|\bcode(?: =|:) )'([A-Z][A-Z0-9_]{3,})'/g;
    const codes = new Set<string>();
    for (const file of [...sources(join(ROOT, 'apps')), ...sources(join(ROOT, 'libs'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(pattern)) codes.add(m[1]);
    }
    expect(codes.size).toBeGreaterThan(80);
    expect([...codes].filter((code) => !PROBLEM_TEXT[code])).toEqual([]);
  });

  it('names the field and never shows the code or the English detail', () => {
    expect(problemText({ status: 409, code: 'OVERSPEND_BLOCKED', field: 'amount' })).toBe('金额：超出该指标可用余额，支付被拦截');
    expect(problemText({ status: 400, code: 'VALIDATION_FAILED', field: 'email', errors: [{ field: 'email', code: 'INVALID_IS_EMAIL' }] })).toBe('电子邮箱：请填写有效的电子邮箱，如 zhang@example.gov.cn');
    expect(problemText({ status: 422, code: 'PASSWORD_TOO_SHORT', field: 'newPassword' })).toBe('新密码：至少 10 个字符');
    expect(problemText({ status: 422, code: 'SOMETHING_NEW', field: 'units' })).toBe('预算单位：填写的内容不符合要求');
    expect(problemText({ status: 500 })).toBe('系统暂时无法处理，请稍后重试');
    expect(problemText({ status: 409, code: 'SANGONG_CAP_EXCEEDED', field: 'amount', details: { name: '公务接待费', cap: '120000.00', used: '119999.99', remaining: '0.01' } }))
      .toBe('金额：超出三公经费「公务接待费」预算上限 120,000.00 元（已用 119,999.99 元，尚余 0.01 元）');
    expect(problemText({ status: 409, code: 'PROCUREMENT_BUDGET_EXCEEDED', field: 'amount', details: { name: null, budget: '0.00' } })).toBe('金额：该预算指标没有政府采购预算');
    expect(problemText({ status: 403, code: 'UNIT_OUT_OF_SCOPE', field: 'units.1' })).toBe('预算单位：超出您可操作的预算单位范围');
  });
});
