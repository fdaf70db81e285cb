import type { paths } from './generated/api';
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

/**
 * Typed calls by route, as the OpenAPI document names them under /api/v1 (`/alerts/{alertId}`): the answer, the
 * body and the parameters are the generated types (src/generated/api.ts, `npm run api:types`). One object holds
 * the path parameters, filled into the route, and the query parameters.
 */
export function get<R extends Route<'get'>>(route: R, ...[params]: ParamsArg<R, 'get'>): Promise<Answer<R, 'get'>> {
  const { path, query } = fill(route, params);
  return request('GET', path, undefined, query);
}
export function post<R extends Route<'post'>>(route: R, body: Body<R, 'post'>, ...[params]: ParamsArg<R, 'post'>): Promise<Answer<R, 'post'>> {
  const { path, query } = fill(route, params);
  return request('POST', path, body ?? {}, query);
}
export function put<R extends Route<'put'>>(route: R, body: Body<R, 'put'>, ...[params]: ParamsArg<R, 'put'>): Promise<Answer<R, 'put'>> {
  const { path, query } = fill(route, params);
  return request('PUT', path, body, query);
}
export function del<R extends Route<'delete'>>(route: R, ...[params]: ParamsArg<R, 'delete'>): Promise<Answer<R, 'delete'>> {
  const { path, query } = fill(route, params);
  return request('DELETE', path, undefined, query);
}

/** `/alerts/{alertId}` with `{ alertId, status }`: the path with its parameters filled in, and the rest as the query. */
function fill(route: string, params: object = {}): { path: string; query: Params } {
  const query: Params = { ...(params as Params) };
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = query[name];
    delete query[name];
    return encodeURIComponent(String(value));
  });
  return { path, query };
}

/** A thrown value as a Chinese message (ApiError already is one). */
export const messageOf = (e: unknown): string => (e instanceof ApiError ? e.message : '操作未能完成，请检查网络后重试');

/** The API's routes under /api/v1, keyed as the OpenAPI document names them without the prefix. */
type V1 = { [P in keyof paths as P extends `/api/v1${infer R}` ? R : never]: paths[P] };
type Method = 'get' | 'post' | 'put' | 'delete';
export type Route<M extends Method> = { [P in keyof V1]: V1[P][M] extends { responses: object } ? P : never }[keyof V1];
type Operation<R extends keyof V1, M extends Method> = V1[R][M];
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : undefined;
/** The JSON a route answers when it succeeds. */
export type Answer<R extends keyof V1, M extends Method = 'get'> = Operation<R, M> extends { responses: infer S }
  ? { [K in keyof S]: K extends 200 | 201 | 202 | 204 ? Json<S[K]> : never }[keyof S] : never;
/** The JSON body a route takes (undefined: none). */
export type Body<R extends keyof V1, M extends Method> = Operation<R, M> extends { requestBody: { content: { 'application/json': infer B } } } ? B
  : Operation<R, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B | undefined : undefined;
type PathParams<O> = O extends { parameters: { path: infer P } } ? P : object;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? ([Exclude<Q, undefined>] extends [never] ? object : Exclude<Q, undefined>) : object;
/** Query values go as text: a plain text parameter takes a number too, an enumeration only its values. */
type Loose<Q> = { [K in keyof Q]?: (string extends Q[K] ? string | number : Q[K]) | null };
export type RouteParams<R extends keyof V1, M extends Method> = PathParams<Operation<R, M>> & Loose<QueryParams<Operation<R, M>>>;
type ParamsArg<R extends keyof V1, M extends Method> = object extends PathParams<Operation<R, M>> ? [params?: RouteParams<R, M>] : [params: RouteParams<R, M>];
