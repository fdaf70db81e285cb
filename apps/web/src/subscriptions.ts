import { put } from './api';
import type { Subscription } from './types';

export type { Subscription };

/** 预警订阅 as the forms edit it: 汇总 (grouped, the default) or 逐条 (each) delivery. */
export interface SubscriptionDraft { email: string; units: 'all' | string[]; minSeverity: 'yellow' | 'red'; delivery: 'grouped' | 'each'; active: boolean }

export const emptyDraft = (): SubscriptionDraft => ({ email: '', units: 'all', minSeverity: 'yellow', delivery: 'grouped', active: true });

export function draftOf(s: Subscription): SubscriptionDraft {
  return { email: s.email, units: s.units === 'all' ? 'all' : [...s.units], minSeverity: s.minSeverity, delivery: s.delivery, active: s.active };
}

/** Saves a subscription, the user's own (`me`) or someone's (the whole of it: the API replaces what it had). */
export async function saveSubscription(username: 'me' | { username: string }, d: SubscriptionDraft): Promise<void> {
  const body = { email: d.email.trim(), units: d.units, minSeverity: d.minSeverity, delivery: d.delivery, active: d.active };
  if (username === 'me') await put('/alert-subscriptions/me', body);
  else await put('/alert-subscriptions/{username}', body, username);
}

export const SEVERITY_TEXT = { yellow: '黄灯及以上', red: '仅红灯' } as const;
export const DELIVERY_TEXT = { grouped: '汇总（默认）', each: '逐条' } as const;
