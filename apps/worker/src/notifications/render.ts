import { LiveFigures, links, subjectOf as keyOf } from '@app/alerting';
import { AlertDetail, Money } from '@app/domain';
import { AlertFacts, NotificationRequest } from '@app/platform';
import type { EmailLayout } from '@app/platform';
import { KIND_WORD, LIGHT_WORD, dashboardLink, dateText, escapeHtml, formatValue, unitLabel } from './format';

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** What the e-mail knows at sending time beyond the notices themselves. */
export interface RenderContext {
  readonly publicUrl: string;
  /** the subjects' figures now, by `rule.subjectKey` (incidents have none) */
  readonly live: ReadonlyMap<string, LiveFigures>;
  /** the notices are about simulated demo data: say so in the subject and at the top */
  readonly demo: boolean;
  /** the inline chart (a PNG attached with this content id) */
  readonly chart?: { readonly cid: string; readonly caption: string };
}

export const DEMO_LABEL = '演示数据（模拟）';
const FOOTER = '此邮件由预算执行监控系统自动发送，请勿直接回复。';
/** how many items a summary e-mail lists by name */
const SUMMARY_ITEMS = 10;

interface Row { readonly label: string; readonly value: string; readonly href?: string; readonly strong?: boolean }

const KIND_RANK = { escalated: 0, raised: 1, reminder: 2, resolved: 3 } as const;
/** Money first, then what the indicators say, then stale reports: gaps are compared within a rule only (points, days…). */
const RULE_RANK: Readonly<Record<string, number>> = {
  overspend: 0, execution_lag: 1, fund_balance_low: 2, fund_advance_overdue: 3, indicator_light: 4, indicator_ceiling: 5, indicator_stale: 6,
};
const gapOf = (a: AlertFacts) => { try { return new Money(a.gap ?? '0'); } catch { return new Money(0); } };

/** Worst first: escalations and new alerts before reminders and resolutions, red before yellow, then by rule, the furthest off first. */
export function worstFirst(x: NotificationRequest, y: NotificationRequest): number {
  return KIND_RANK[x.kind] - KIND_RANK[y.kind]
    || (x.alert.light === y.alert.light ? 0 : x.alert.light === 'red' ? -1 : 1)
    || (RULE_RANK[x.alert.rule] ?? 9) - (RULE_RANK[y.alert.rule] ?? 9)
    || gapOf(y.alert).comparedTo(gapOf(x.alert))
    || x.alert.subjectName.localeCompare(y.alert.subjectName, 'zh-CN');
}

const sentence = (summary: string) => summary.trim().replace(/[。.]+$/, '');
const countOf = (ns: readonly NotificationRequest[], f: (n: NotificationRequest) => boolean) => ns.filter(f).length;
const open = (n: NotificationRequest) => n.kind !== 'resolved';

function tally(ns: readonly NotificationRequest[]) {
  return {
    red: countOf(ns, (n) => open(n) && n.alert.light === 'red'),
    yellow: countOf(ns, (n) => open(n) && n.alert.light === 'yellow'),
    resolved: countOf(ns, (n) => !open(n)),
  };
}

function tallyText(ns: readonly NotificationRequest[]): string {
  const t = tally(ns);
  return [`红灯 ${t.red} 项`, `黄灯 ${t.yellow} 项`, ...(t.resolved > 0 ? [`解除 ${t.resolved} 项`] : [])].join('，');
}

/** e.g. 【预算执行预警·红灯】欠薪处置率 实际 80.00%，目标 100.00%，红灯（426006 执法支队） */
export function singleSubject(n: NotificationRequest): string {
  const tag = n.kind === 'resolved' ? KIND_WORD.resolved : `${KIND_WORD[n.kind]}·${LIGHT_WORD[n.alert.light]}`;
  return `【预算执行${tag}】${sentence(n.alert.summary)}（${unitLabel(n.alert)}）`;
}

/** The subject line of an e-mail of this layout (planned before sending: no live figures in it). */
export function subjectLine(layout: EmailLayout, ns: readonly NotificationRequest[]): string {
  if (layout === 'single' || ns.length === 1) return singleSubject([...ns].sort(worstFirst)[0]);
  const t = tally(ns);
  if (layout === 'summary') {
    return `【预算执行预警汇总】${t.red + t.yellow} 项预警，其中红灯 ${t.red} 项${t.resolved > 0 ? `；另有 ${t.resolved} 项解除` : ''}`;
  }
  const units = new Set(ns.map((n) => unitLabel(n.alert))).size;
  return `【预算执行预警】共 ${ns.length} 项（${tallyText(ns)}），涉及 ${units} 个单位`;
}

function figureRows(n: NotificationRequest, ctx: RenderContext): Row[] {
  const a = n.alert;
  const live = ctx.live.get(keyOf(a));
  const raise = a.atRaise ?? a;
  const rows: Row[] = [{ label: '目标值', value: formatValue(a.target, a.measureUnit) }];
  const expected = live?.observation.expected ?? a.expected;
  if (expected !== null) rows.push({ label: '序时目标', value: formatValue(expected, a.measureUnit) });
  const unchanged = live !== undefined && n.kind !== 'resolved' && live.observation.actual === raise.actual && live.observation.asOf === raise.asOf;
  if (unchanged) {
    rows.push({ label: `实际值（截至 ${dateText(raise.asOf)}）`, value: `${formatValue(raise.actual, raise.measureUnit)}（发送时未变）`, strong: true });
    return rows;
  }
  rows.push({ label: `预警时实际值（截至 ${dateText(raise.asOf)}）`, value: formatValue(raise.actual, raise.measureUnit) });
  if (n.kind === 'resolved' && a.atRaise) rows.push({ label: `解除时实际值（截至 ${dateText(a.asOf)}）`, value: formatValue(a.actual, a.measureUnit) });
  if (live) {
    const state = live.holds && live.severity ? `仍为${LIGHT_WORD[live.severity]}` : '已恢复正常';
    rows.push({ label: `当前实际值（截至 ${dateText(live.observation.asOf)}）`, value: `${formatValue(live.observation.actual, live.observation.measureUnit)}，${state}`, strong: true });
  }
  return rows;
}

const detailRows = (details: readonly AlertDetail[] | undefined): Row[] => (details ?? []).map((d) => ({ label: d.label, value: d.value }));

/** 指标/项目, 责任单位, 目标值, the figures at raise and now, 亮灯, details, 偏差原因, link: one notice in order. */
function rows(n: NotificationRequest, ctx: RenderContext): Row[] {
  const a = n.alert;
  const live = ctx.live.get(keyOf(a));
  const light = n.kind === 'resolved' ? `已解除（原为${LIGHT_WORD[a.light]}）` : LIGHT_WORD[a.light];
  const link = dashboardLink(ctx.publicUrl, a.link);
  return [
    { label: '预警类型', value: `${a.ruleName}（${KIND_WORD[n.kind]}）` },
    { label: '指标/项目', value: a.subjectName },
    { label: '责任单位', value: unitLabel(a) },
    ...figureRows(n, ctx),
    { label: '亮灯', value: light, strong: true },
    ...detailRows(live?.observation.details ?? a.details),
    { label: '偏差原因', value: (live?.observation.deviationReason ?? a.deviationReason)?.trim() || '未填写' },
    { label: '查看详情', value: link, href: link },
    ...(n.kind === 'resolved' ? [] : [{ label: '确认或静默', value: dashboardLink(ctx.publicUrl, links.alert(a.alertId)), href: dashboardLink(ctx.publicUrl, links.alert(a.alertId)) }]),
  ];
}

/** The sentences of one notice: what it said when raised, and where it stands now. */
function sentences(n: NotificationRequest, ctx: RenderContext): string[] {
  const a = n.alert;
  const live = ctx.live.get(keyOf(a));
  const raise = a.atRaise ?? a;
  if (live && n.kind !== 'resolved' && sentence(live.observation.summary) === sentence(raise.summary)) return [`${sentence(raise.summary)}（发送时未变）。`];
  const said = [`预警时：${sentence(raise.summary)}。`];
  if (n.kind === 'resolved' && a.atRaise) said.push(`解除时：${sentence(a.summary)}。`);
  if (live) said.push(`当前：${sentence(live.observation.summary)}。`);
  return said;
}

const CELL = 'style="border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top"';

function htmlTable(rs: readonly Row[]): string {
  return `<table style="border-collapse:collapse">${rs.map((r) => {
    const value = r.href ? `<a href="${escapeHtml(r.href)}">${escapeHtml(r.value)}</a>` : escapeHtml(r.value);
    return `<tr><th ${CELL}>${escapeHtml(r.label)}</th><td ${CELL}>${r.strong ? `<strong>${value}</strong>` : value}</td></tr>`;
  }).join('')}</table>`;
}

function htmlGrid(head: readonly string[], body: readonly (readonly string[])[]): string {
  const th = head.map((h) => `<th ${CELL}>${escapeHtml(h)}</th>`).join('');
  return `<table style="border-collapse:collapse"><tr>${th}</tr>${body.map((r) => `<tr>${r.map((c) => `<td ${CELL}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</table>`;
}

const textTable = (rs: readonly Row[]) => rs.map((r) => `${r.label}：${r.value}`).join('\n');
const textGrid = (head: readonly string[], body: readonly (readonly string[])[]) => [head, ...body].map((r) => r.join('  |  ')).join('\n');

function chartHtml(ctx: RenderContext): string {
  if (!ctx.chart) return '';
  return `<figure style="margin:12px 0"><img src="cid:${escapeHtml(ctx.chart.cid)}" alt="${escapeHtml(ctx.chart.caption)}" width="600" height="280" style="max-width:100%;height:auto">`
    + `<figcaption style="color:#555">${escapeHtml(ctx.chart.caption)}</figcaption></figure>`;
}

function envelope(subject: string, lead: string[], textBody: string, htmlBody: string, ctx: RenderContext): RenderedEmail {
  const demo = ctx.demo ? [`说明：本邮件涉及的数据为${DEMO_LABEL}，不是真实业务数据。`] : [];
  const paragraphs = [...demo, ...lead];
  const title = ctx.demo ? `【${DEMO_LABEL}】${subject}` : subject;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif">`
    + `${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}${chartHtml(ctx)}${htmlBody}<p style="color:#666">${escapeHtml(FOOTER)}</p></body></html>`;
  const chartText = ctx.chart ? `\n\n（附图：${ctx.chart.caption}）` : '';
  return { subject: title, text: `${paragraphs.join('\n')}${chartText}\n\n${textBody}\n\n${FOOTER}\n`, html };
}

const INTRO: Readonly<Record<NotificationRequest['kind'], string>> = {
  raised: '以下事项触发预算执行预警，请及时核实并采取措施：',
  escalated: '以下预警已由黄灯升级为红灯，请尽快处理：',
  reminder: '以下预警仍未解除，特此提醒：',
  resolved: '以下预警已解除，特此告知：',
};

/** One e-mail about one notice. */
export function renderSingle(n: NotificationRequest, ctx: RenderContext): RenderedEmail {
  const rs = rows(n, ctx);
  return envelope(singleSubject(n), [INTRO[n.kind], ...sentences(n, ctx)], textTable(rs), htmlTable(rs), ctx);
}

/** Groups in first-seen order of an already sorted list. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

const itemTitle = (n: NotificationRequest) => `【${n.kind === 'resolved' ? '已解除' : LIGHT_WORD[n.alert.light]}·${KIND_WORD[n.kind]}】${n.alert.subjectName}`;

/** 汇总: a recipient's notices of one run, grouped by responsible unit and then rule, worst first, with counts. */
export function renderGrouped(ns: readonly NotificationRequest[], ctx: RenderContext): RenderedEmail {
  if (ns.length === 1) return renderSingle(ns[0], ctx);
  const sorted = [...ns].sort(worstFirst);
  const units = groupBy(sorted, (n) => unitLabel(n.alert));
  const head = ['责任单位', '预警规则', '红灯', '黄灯', '解除'];
  const overview = units.flatMap(([unit, items]) => groupBy(items, (n) => n.alert.ruleName).map(([rule, rs]) => {
    const t = tally(rs);
    return [unit, rule, String(t.red), String(t.yellow), String(t.resolved)];
  }));
  const lead = [`本次评估共有 ${ns.length} 项预警通知（${tallyText(ns)}），按责任单位和预警规则分组，最严重的在前：`];
  const text = units.map(([unit, items]) => `== ${unit}（${items.length} 项）==\n\n${groupBy(items, (n) => n.alert.ruleName).map(([rule, rs]) =>
    `-- ${rule}（${rs.length} 项）--\n\n${rs.map((n) => `${itemTitle(n)}\n${sentences(n, ctx).join('\n')}\n${textTable(rows(n, ctx))}`).join('\n\n')}`).join('\n\n')}`).join('\n\n');
  const html = units.map(([unit, items]) => `<h2>${escapeHtml(unit)}（${items.length} 项）</h2>${groupBy(items, (n) => n.alert.ruleName).map(([rule, rs]) =>
    `<h3>${escapeHtml(rule)}（${rs.length} 项）</h3>${rs.map((n) => `<h4>${escapeHtml(itemTitle(n))}</h4>${sentences(n, ctx).map((s) => `<p>${escapeHtml(s)}</p>`).join('')}${htmlTable(rows(n, ctx))}`).join('')}`).join('')}`).join('');
  return envelope(subjectLine('grouped', ns), lead, `${textGrid(head, overview)}\n\n${text}`, `${htmlGrid(head, overview)}${html}`, ctx);
}

/** 汇总通知: too many notices for one e-mail each (e.g. the first evaluation after a budget import): counts and the worst few. */
export function renderSummary(ns: readonly NotificationRequest[], ctx: RenderContext): RenderedEmail {
  const sorted = [...ns].sort(worstFirst);
  const t = tally(ns);
  const alertsPage = dashboardLink(ctx.publicUrl, links.alerts({ status: 'open' }));
  const lead = [
    `本次评估产生 ${t.red + t.yellow} 项预警，其中红灯 ${t.red} 项、黄灯 ${t.yellow} 项${t.resolved > 0 ? `，另有 ${t.resolved} 项解除` : ''}。`,
    `数量较多，未逐项发送；下面是按规则和单位的统计，以及最严重的 ${Math.min(SUMMARY_ITEMS, sorted.length)} 项。全部预警请见：${alertsPage}`,
  ];
  const counts = (key: (n: NotificationRequest) => string) => groupBy([...ns].sort((a, b) => key(a).localeCompare(key(b), 'zh-CN')), key)
    .map(([k, rs]) => { const c = tally(rs); return [k, String(c.red), String(c.yellow), String(c.resolved)]; });
  const byRule = counts((n) => n.alert.ruleName);
  const byUnit = counts((n) => unitLabel(n.alert));
  const worst = sorted.slice(0, SUMMARY_ITEMS);
  const line = (n: NotificationRequest) => `${itemTitle(n)}（${unitLabel(n.alert)}）：${sentence(n.alert.summary)}。`;
  const text = [textGrid(['预警规则', '红灯', '黄灯', '解除'], byRule), textGrid(['责任单位', '红灯', '黄灯', '解除'], byUnit),
    worst.map((n) => `${line(n)}\n${dashboardLink(ctx.publicUrl, n.alert.link)}`).join('\n\n')].join('\n\n');
  const html = `<h2>按预警规则</h2>${htmlGrid(['预警规则', '红灯', '黄灯', '解除'], byRule)}<h2>按责任单位</h2>${htmlGrid(['责任单位', '红灯', '黄灯', '解除'], byUnit)}`
    + `<h2>最严重的 ${worst.length} 项</h2><ol>${worst.map((n) => `<li>${escapeHtml(line(n))} <a href="${escapeHtml(dashboardLink(ctx.publicUrl, n.alert.link))}">查看详情</a></li>`).join('')}</ol>`
    + `<p><a href="${escapeHtml(alertsPage)}">查看全部预警</a></p>`;
  return envelope(subjectLine('summary', ns), lead, text, html, ctx);
}

export function renderEmail(layout: EmailLayout, ns: readonly NotificationRequest[], ctx: RenderContext): RenderedEmail {
  switch (layout) {
    case 'single': return renderSingle(ns[0], ctx);
    case 'grouped': return renderGrouped(ns, ctx);
    case 'summary': return renderSummary(ns, ctx);
  }
}
