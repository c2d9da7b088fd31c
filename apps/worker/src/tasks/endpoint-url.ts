/** An absolute http(s) URL without credentials, or undefined. */
export function parseHttpUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url;
}

/** `base` with `path` appended to its path (`http://h/prefix` + `/a` → `http://h/prefix/a`). */
export function joinPath(base: URL, path: string): URL {
  const url = new URL(base.href);
  url.pathname = base.pathname.replace(/\/+$/, '') + path;
  url.search = '';
  url.hash = '';
  return url;
}

/** What a cause names: origin and path, never the query string (it may carry secrets). */
export function describeTarget(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
