import { ApiError, put } from './api';

/** 预警订阅 as the forms edit it: 汇总 (grouped, the default) or 逐条 (each) delivery. */
export interface SubscriptionDraft { email: string; units: 'all' | string[]; minSeverity: 'yellow' | 'red'; delivery: 'grouped' | 'each'; active: boolean }
export interface Subscription { username: string; email: string; units: 'all' | string[]; minSeverity: 'yellow' | 'red'; delivery?: 'grouped' | 'each'; digest?: boolean; active: boolean }

export const emptyDraft = (): SubscriptionDraft => ({ email: '', units: 'all', minSeverity: 'yellow', delivery: 'grouped', active: true });

export function draftOf(s: Subscription): SubscriptionDraft {
  const delivery = s.delivery ?? (s.digest === false ? 'each' : 'grouped');
  return { email: s.email, units: s.units === 'all' ? 'all' : [...s.units], minSeverity: s.minSeverity, delivery, active: s.active };
}

/**
 * Saves a subscription. The API is gaining `delivery` (grouped | each) in place of `digest` (grouped ⇔ digest
 * true): send `delivery`, and while the API does not know it yet (400 on that field), the same as `digest`.
 */
export async function saveSubscription(path: string, d: SubscriptionDraft): Promise<void> {
  const base = { email: d.email.trim(), units: d.units, minSeverity: d.minSeverity, active: d.active };
  try {
    await put(path, { ...base, delivery: d.delivery });
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 400 && e.field === 'delivery')) throw e;
    await put(path, { ...base, digest: d.delivery === 'grouped' });
  }
}

export const SEVERITY_TEXT = { yellow: '黄灯及以上', red: '仅红灯' } as const;
export const DELIVERY_TEXT = { grouped: '汇总（默认）', each: '逐条' } as const;
