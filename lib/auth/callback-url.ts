/**
 * Where next-auth may send someone after signing in or out: a path of the app, or a URL of its
 * own origin, made absolute; null for anything else (another host, `javascript:`, `//host`, a
 * malformed URL). Never throws: next-auth answers a bare 500 when its redirect callback does.
 */
export function sameOriginUrl(url: string, baseUrl: string): string | null {
  try {
    const base = new URL(baseUrl);
    const target = new URL(url, base);
    const isPath = url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
    if (target.origin !== base.origin || !(isPath || /^https?:\/\//i.test(url))) return null;
    return target.toString();
  } catch {
    return null;
  }
}
