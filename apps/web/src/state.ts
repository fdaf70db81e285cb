import { computed, reactive, ref } from 'vue';
import { get, post } from './api';
import { parseUserDate } from './dates';
import type { SessionUser } from './types';

/** The logged-in user; `passwordChangeRequired`: the password was set by an admin (or at the first start) and is changed before anything else. */
export type User = SessionUser;

export const session = reactive<{ user: User | null; checked: boolean }>({ user: null, checked: false });

export const ROLE_NAMES: Record<User['role'], string> = { admin: '预算科（管理员）', accountant: '单位会计', manager: '负责人', auditor: '审计' };

export const can = {
  write: () => session.user?.role === 'admin' || session.user?.role === 'accountant',
  acknowledge: () => session.user?.role === 'admin' || session.user?.role === 'manager',
  subscribe: () => session.user?.role === 'admin' || session.user?.role === 'manager',
  manageUsers: () => session.user?.role === 'admin',
  audit: () => session.user?.role === 'admin' || session.user?.role === 'manager' || session.user?.role === 'auditor',
};

/** 截至日期: the whole dashboard as it stood on this business date (YYYY-MM-DD). */
export const asOf = ref(today());
export const fiscalYear = computed(() => Number(asOf.value.slice(0, 4)));
/** set by a link's `asOf`/`fiscalYear`: the default 截至日期 then does not replace it */
export const asOfFromLink = ref(false);

/** Years (among the recent ones) that have a budget: offered when the year on screen has none. */
export const budgetYears = ref<number[]>([]);

/** The read models' position last announced by the live feed: refetches pass it as minPosition. */
export const live = reactive({ position: 0, connected: false, tick: 0 });

export function today(): string {
  // Asia/Shanghai business date
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The 截至日期 a link asks for: `asOf` when it is a real date, else the end of `fiscalYear` (today within the current year). */
export function asOfOfLink(q: { asOf?: unknown; fiscalYear?: unknown }): string | null {
  const date = typeof q.asOf === 'string' ? parseUserDate(q.asOf) : null;
  if (date) return date > today() ? today() : date;
  if (typeof q.fiscalYear === 'string' && /^\d{4}$/.test(q.fiscalYear)) {
    const end = `${q.fiscalYear}-12-31`;
    return end > today() ? today() : end;
  }
  return null;
}

export async function loadSession(): Promise<User | null> {
  try {
    session.user = await get('/auth/me');
  } catch {
    session.user = null;
  }
  session.checked = true;
  return session.user;
}

export async function login(username: string, password: string): Promise<void> {
  const res = await post('/auth/login', { username, password });
  session.user = res.user;
}

export async function logout(): Promise<void> {
  await post('/auth/logout', undefined).catch(() => undefined);
  session.user = null;
}

/**
 * Which recent years have a budget, and the default 截至日期: today when this year has one, else 31 December of
 * the latest year that has one (the demo budget is 2023's). A link's date is kept.
 */
export async function chooseDefaultAsOf(): Promise<void> {
  const now = today();
  const year = Number(now.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => year - i);
  const found = await Promise.all(years.map((y) =>
    get('/execution', { groupBy: 'department', asOf: y === year ? now : `${y}-12-31` }).then((r) => r.rows.length > 0, () => false)));
  budgetYears.value = years.filter((_, i) => found[i]);
  if (asOfFromLink.value) return;
  const latest = budgetYears.value[0];
  if (latest !== undefined) asOf.value = latest === year ? now : `${latest}-12-31`;
}

/** minPosition for a refetch after a live message: the read models already include it, so no wait. */
export const minPosition = () => (live.position > 0 ? live.position : undefined);
