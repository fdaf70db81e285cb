import { AlertFacts, NotificationRequest } from './notification';
import { KIND_WORD, LIGHT_WORD, dashboardLink, escapeHtml, formatValue, unitLabel } from './format';

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

interface Row { readonly label: string; readonly value: string; readonly href?: string }

/** 指标/项目, 责任单位, 目标值, 实际值, 序时目标, 亮灯, 偏差原因, link: the facts of one alert, in order. */
function rows(n: NotificationRequest, publicUrl: string): Row[] {
  const a = n.alert;
  const light = n.kind === 'resolved' ? `已解除（原为${LIGHT_WORD[a.light]}）` : LIGHT_WORD[a.light];
  return [
    { label: '预警类型', value: `${a.ruleName}（${KIND_WORD[n.kind]}）` },
    { label: '指标/项目', value: a.subjectName },
    { label: '责任单位', value: unitLabel(a) },
    { label: '目标值', value: formatValue(a.target, a.measureUnit) },
    { label: '实际值', value: formatValue(a.actual, a.measureUnit) },
    { label: '序时目标', value: formatValue(a.expected, a.measureUnit) },
    { label: '亮灯', value: light },
    { label: '偏差原因', value: a.deviationReason?.trim() || '未填写' },
    { label: '查看详情', value: dashboardLink(publicUrl, a.link), href: dashboardLink(publicUrl, a.link) },
  ];
}

const sentence = (summary: string) => summary.trim().replace(/[。.]+$/, '');

/** e.g. 【预算执行预警·红灯】欠薪处置率 80.00%，低于目标 100%（426006 执法支队） */
export function subjectOf(n: NotificationRequest): string {
  const tag = n.kind === 'resolved' ? KIND_WORD.resolved : `${KIND_WORD[n.kind]}·${LIGHT_WORD[n.alert.light]}`;
  return `【预算执行${tag}】${sentence(n.alert.summary)}（${unitLabel(n.alert)}）`;
}

const intro = (n: NotificationRequest) => ({
  raised: '以下事项触发预算执行预警，请及时核实并采取措施：',
  escalated: '以下预警已由黄灯升级为红灯，请尽快处理：',
  reminder: '以下预警仍未解除，特此提醒：',
  resolved: '以下预警已解除，特此告知：',
})[n.kind];

const FOOTER = '此邮件由预算执行监控系统自动发送，请勿直接回复。';

function htmlTable(rs: readonly Row[]): string {
  const cell = 'style="border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top"';
  return `<table style="border-collapse:collapse">${rs.map((r) => {
    const value = r.href ? `<a href="${escapeHtml(r.href)}">${escapeHtml(r.value)}</a>` : escapeHtml(r.value);
    const strong = r.label === '亮灯' ? `<strong>${value}</strong>` : value;
    return `<tr><th ${cell}>${escapeHtml(r.label)}</th><td ${cell}>${strong}</td></tr>`;
  }).join('')}</table>`;
}

const textTable = (rs: readonly Row[]) => rs.map((r) => `${r.label}：${r.value}`).join('\n');

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`
  + `<body style="font-family:sans-serif">${body}<p style="color:#666">${escapeHtml(FOOTER)}</p></body></html>`;

/** One e-mail about one notification. */
export function renderSingle(n: NotificationRequest, publicUrl: string): RenderedEmail {
  const subject = subjectOf(n);
  const rs = rows(n, publicUrl);
  return {
    subject,
    text: `${intro(n)}\n\n${sentence(n.alert.summary)}。\n\n${textTable(rs)}\n\n${FOOTER}\n`,
    html: page(subject, `<p>${escapeHtml(intro(n))}</p><p>${escapeHtml(sentence(n.alert.summary))}。</p>${htmlTable(rs)}`),
  };
}

/** 汇总: all of a recipient's notifications of one run, grouped by responsible unit (department first). */
export function renderDigest(ns: readonly NotificationRequest[], publicUrl: string): RenderedEmail {
  if (ns.length === 1) return renderSingle(ns[0], publicUrl);
  const groups = new Map<string, NotificationRequest[]>();
  const ordered = [...ns].sort((a, b) => (a.alert.unit ?? '').localeCompare(b.alert.unit ?? '') || a.notificationId.localeCompare(b.notificationId));
  for (const n of ordered) groups.set(unitLabel(n.alert), [...(groups.get(unitLabel(n.alert)) ?? []), n]);
  const count = (light: AlertFacts['light']) => ns.filter((n) => n.kind !== 'resolved' && n.alert.light === light).length;
  const resolved = ns.filter((n) => n.kind === 'resolved').length;
  const parts = [`红灯 ${count('red')} 条`, `黄灯 ${count('yellow')} 条`, ...(resolved > 0 ? [`解除 ${resolved} 条`] : [])];
  const subject = `【预算执行预警汇总】共 ${ns.length} 条（${parts.join('，')}），涉及 ${groups.size} 个单位`;
  const lead = '本次预算执行监控评估产生以下预警通知，按责任单位分组：';
  const text = [...groups].map(([unit, items]) =>
    `== ${unit}（${items.length} 条）==\n\n${items.map((n) => `${subjectOf(n)}\n${textTable(rows(n, publicUrl))}`).join('\n\n')}`).join('\n\n');
  const html = [...groups].map(([unit, items]) =>
    `<h2>${escapeHtml(unit)}（${items.length} 条）</h2>${items.map((n) => `<h3>${escapeHtml(subjectOf(n))}</h3>${htmlTable(rows(n, publicUrl))}`).join('')}`).join('');
  return { subject, text: `${lead}\n\n${text}\n\n${FOOTER}\n`, html: page(subject, `<p>${escapeHtml(lead)}</p>${html}`) };
}
