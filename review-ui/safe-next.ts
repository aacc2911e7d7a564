/**
 * The path to go to after login, when `next` is a relative path on this site
 * (`/adverts/abc?x=1`); undefined for anything else (absolute URLs, `//host`, `/\host`, control
 * characters), so the login form cannot be used to send users to another site.
 */
export function safeNextPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > 2000) return undefined;
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\s]/.test(next)) return undefined;
  const base = 'http://review.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base) return undefined;
  if (url.pathname === '/login' || url.pathname === '/logout') return undefined;
  return url.pathname + url.search;
}
