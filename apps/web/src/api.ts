import { problemText } from './problems';

/** An RFC 9457 problem answered by the API: its stable code and the offending field; the message is Chinese. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string | undefined, readonly field: string | undefined, readonly detail: string | undefined, readonly body: unknown) {
    const b = body as { errors?: { field?: string; code?: string }[]; details?: Record<string, unknown> } | undefined;
    super(problemText({ status, code, field, errors: b?.errors, details: b?.details }));
  }
}

type Params = Record<string, string | number | undefined | null>;

let onUnauthenticated: () => void = () => undefined;
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

export function query(params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Same-origin fetch with the session cookie; JSON in and out; problems thrown as ApiError. */
export async function request<T>(method: string, path: string, body?: unknown, params?: Params, headers: Record<string, string> = {}): Promise<T> {
  const isForm = body instanceof FormData;
  const res = await fetch(`/api/v1${path}${query(params)}`, {
    method, credentials: 'same-origin',
    headers: { accept: 'application/json', ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const json = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const p = (typeof json === 'object' && json !== null ? json : {}) as { code?: string; field?: string; detail?: string };
    if (res.status === 401 && !path.startsWith('/auth/login') && !path.startsWith('/auth/password')) onUnauthenticated();
    throw new ApiError(res.status, p.code, p.field, p.detail, json);
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return text; }
}

export const get = <T>(path: string, params?: Params) => request<T>('GET', path, undefined, params);
export const post = <T>(path: string, body?: unknown, params?: Params) => request<T>('POST', path, body ?? {}, params);
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);
export const del = <T>(path: string) => request<T>('DELETE', path);

/** A thrown value as a Chinese message (ApiError already is one). */
export const messageOf = (e: unknown): string => (e instanceof ApiError ? e.message : '操作未能完成，请检查网络后重试');
