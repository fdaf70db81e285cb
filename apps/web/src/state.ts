import { computed, reactive, ref } from 'vue';
import { get, post } from './api';

export interface User { username: string; displayName: string; role: 'admin' | 'accountant' | 'manager' | 'auditor'; units: 'all' | string[] }

export const session = reactive<{ user: User | null; checked: boolean }>({ user: null, checked: false });

export const ROLE_NAMES: Record<User['role'], string> = { admin: '预算科', accountant: '单位会计', manager: '负责人', auditor: '审计' };

export const can = {
  write: () => session.user?.role === 'admin' || session.user?.role === 'accountant',
  acknowledge: () => session.user?.role === 'admin' || session.user?.role === 'manager',
};

/** 截至日期: the whole dashboard as it stood on this business date (YYYY-MM-DD). */
export const asOf = ref(today());
export const fiscalYear = computed(() => Number(asOf.value.slice(0, 4)));

/** The read models' position last announced by the live feed: refetches pass it as minPosition. */
export const live = reactive({ position: 0, connected: false, tick: 0 });

export function today(): string {
  // Asia/Shanghai business date
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

export async function loadSession(): Promise<User | null> {
  try {
    session.user = await get<User>('/auth/me');
  } catch {
    session.user = null;
  }
  session.checked = true;
  return session.user;
}

export async function login(username: string, password: string): Promise<void> {
  const res = await post<{ user: User }>('/auth/login', { username, password });
  session.user = res.user;
}

export async function logout(): Promise<void> {
  await post('/auth/logout').catch(() => undefined);
  session.user = null;
}

/**
 * The default 截至日期: today when this year has a budget, else 31 December of the latest year that has one
 * (the demo budget is 2023's).
 */
export async function chooseDefaultAsOf(): Promise<void> {
  const now = today();
  const year = Number(now.slice(0, 4));
  for (let y = year; y >= year - 5; y--) {
    const date = y === year ? now : `${y}-12-31`;
    const res = await get<{ rows: unknown[] }>('/execution', { groupBy: 'department', asOf: date }).catch(() => ({ rows: [] }));
    if (res.rows.length > 0) { asOf.value = date; return; }
  }
}

/** minPosition for a refetch after a live message: the read models already include it, so no wait. */
export const minPosition = () => (live.position > 0 ? live.position : undefined);
