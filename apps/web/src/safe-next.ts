/**
 * Where to go after login: only a path of this app (`/…`, never `//host` or `/\host`, nor a full URL), so a
 * crafted `next` cannot send anyone off-site.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || /[\u0000-\u001f]/.test(next)) return '/';
  try {
    const url = new URL(next, window.location.origin);
    return url.origin === window.location.origin && !url.pathname.startsWith('/login') ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
