import { AlertSeverity, Money, SANGONG_NAMES, SanGongCategory, formatPercent, formatYuan } from '@app/domain';
import { SanGongFigures, sanGongExecution } from '@app/read-models';
import { links } from '../links';
import { LIGHT_WORDS, Rule, RuleContext, RuleVerdict, inUnits, unitNameOf } from './rule';

/**
 * 三公经费接近预算上限: a category's use reaches a share of its cap (yellow 80%, red 95%, ALERT_SETTINGS), for the
 * department's caps and each unit's own. The share is computed exactly, shown with 2 decimals, and the light is
 * decided on the shown figure. A cap of 0 (因公出国 in 2023) has no share: the cap itself refuses any payment.
 */
export const sanGongCapRule: Rule = async (ctx) => {
  const e = await sanGongExecution(ctx.rm.db, { fiscalYear: ctx.fiscalYear, asOf: ctx.asOf });
  const verdicts: RuleVerdict[] = [];
  const drivers = (category: string) => e.byUnit.filter((u) => u.rows.some((r) => r.category === category && new Money(r.used).gt(0))).map((u) => u.unit);
  for (const row of e.rows) {
    const verdict = judge(ctx, row, null, drivers(row.category));
    if (verdict) verdicts.push(verdict);
  }
  for (const u of e.byUnit.filter((x) => inUnits(ctx, x.unit))) {
    for (const row of u.rows) {
      const verdict = judge(ctx, row, u.unit, []);
      if (verdict) verdicts.push(verdict);
    }
  }
  return verdicts;
};

function judge(ctx: RuleContext, row: SanGongFigures, unit: string | null, drivingUnits: readonly string[]): RuleVerdict | null {
  if (row.cap === null || new Money(row.cap).lte(0)) return null;
  const cap = new Money(row.cap);
  const used = new Money(row.used);
  const shown = formatPercent(used.div(cap));
  const { yellowShare, redShare } = ctx.settings.sanGong;
  const severity: AlertSeverity | null = new Money(shown).gte(new Money(redShare).mul(100)) ? 'red' : new Money(shown).gte(new Money(yellowShare).mul(100)) ? 'yellow' : null;
  const name = SANGONG_NAMES[row.category as SanGongCategory] ?? row.category;
  const whose = unit === null ? '部门' : unitNameOf(ctx, unit) ?? unit;
  const remaining = cap.minus(used);
  const line = `三公经费「${name}」已使用 ${formatYuan(used)} 元，占预算上限 ${formatYuan(cap)} 元的 ${shown}%，尚余 ${formatYuan(remaining)} 元`;
  const threshold = new Money(severity === 'red' ? redShare : yellowShare).mul(100).toFixed(0);
  return {
    rule: 'sangong_cap', subjectKey: `sangong-${ctx.fiscalYear}-${unit ?? 'department'}-${row.category}`, unit, severity,
    observation: {
      subjectKind: 'sangong', subjectName: `三公经费·${name}（${whose}）`, unit, unitName: unitNameOf(ctx, unit), fiscalYear: ctx.fiscalYear,
      target: row.cap, actual: row.used, expected: null, measureUnit: '元', deviationReason: null,
      summary: severity ? `${line}，达到 ${threshold}% 的${LIGHT_WORDS[severity]}警戒线。` : `${line}。`,
      link: links.sangong(ctx.fiscalYear, ctx.asOf, unit ?? undefined), asOf: ctx.asOf, gap: shown,
      ...(drivingUnits.length > 0 ? { drivingUnits } : {}),
      details: [{ label: '预算上限 / 已使用 / 尚余', value: `${formatYuan(cap)} 元 / ${formatYuan(used)} 元 / ${formatYuan(remaining)} 元` }],
    },
  };
}
