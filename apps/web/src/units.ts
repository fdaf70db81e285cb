import { ref } from 'vue';
import { get } from './api';
import { budgetYears, today } from './state';

/** 预算单位 of the latest budget, by code and name: for pickers (users' scope, subscriptions). */
export const budgetUnits = ref<{ code: string; name: string }[]>([]);

export async function loadBudgetUnits(): Promise<void> {
  if (budgetUnits.value.length > 0) return;
  const year = budgetYears.value[0];
  const asOf = year === undefined ? today() : `${year}-12-31` > today() ? today() : `${year}-12-31`;
  const rows = (await get('/execution', { groupBy: 'unit', asOf })).rows;
  budgetUnits.value = rows.filter((r) => r.key).map((r) => ({ code: r.key as string, name: r.name }));
}

export const unitName = (code: string): string => budgetUnits.value.find((u) => u.code === code)?.name ?? code;

/** "all" or codes, as people read a scope. */
export const scopeText = (units: 'all' | readonly string[]): string => (units === 'all' ? '全部门' : units.map(unitName).join('、'));

/** Copies a text (a generated password): the Clipboard API where the page is a secure context, else the selection. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch { /* fall back below */ }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}
