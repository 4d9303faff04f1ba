import { preferredLocale } from '@opinion/contracts';

/** First path segments of the API: the web app's own routes never start with one of them. */
export const API_PREFIXES = [
  'api',
  'auth',
  'me',
  'admin',
  'triage',
  'health',
  'metrics',
  'docs',
  'docs-json',
];

/**
 * No inline script anywhere; inline styles only because antd's CSS-in-JS inserts `<style>`
 * elements. The API's answers carry it too: it costs nothing and covers /docs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

/** Vite names what it writes to assets/ by content hash: a changed file is a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface RequestLike {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}
interface FileError extends Error {
  status?: number;
  code?: string;
}
interface ResponseLike {
  headersSent: boolean;
  setHeader(name: string, value: string): void;
  status(code: number): ResponseLike;
  type(type: string): ResponseLike;
  send(body: string): void;
  json(body: unknown): void;
  sendFile(path: string, options: object, done: (error?: FileError) => void): void;
}
type Next = (error?: unknown) => void;

/** Express middleware: the headers every answer of the gateway carries. */
export function securityHeaders(_: RequestLike, response: ResponseLike, next: Next): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  next();
}

const header = (request: RequestLike, name: string): string =>
  [request.headers[name] ?? ''].flat().join(',');

/** A browser navigating (not a script's fetch, whose Accept is JSON or `*∕*`). */
const acceptsHtml = (request: RequestLike): boolean =>
  /(^|[\s,])text\/html\b/i.test(header(request, 'accept'));

const NOT_BUILT = {
  code: 'web-app-not-built',
  'zh-CN': '网页端尚未构建：请在代码目录运行 npm run web:build，然后刷新本页。',
  en: 'The web app is not built: run npm run web:build in the checkout, then reload.',
};

function notBuilt(request: RequestLike, response: ResponseLike): void {
  const locale = preferredLocale(header(request, 'accept-language'));
  response.setHeader('Cache-Control', 'no-cache');
  if (!acceptsHtml(request)) {
    response.status(404).json({ code: NOT_BUILT.code, message: NOT_BUILT[locale] });
    return;
  }
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  response
    .status(404)
    .type('html')
    .send(
      `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>社情民意信息平台</title>` +
        `<p style="font:16px sans-serif;margin:3em">${NOT_BUILT[locale]}</p></html>\n`,
    );
}

/** Not there (or not a file): anything short of a server error. */
const missing = (error: FileError): boolean =>
  error.code === 'EISDIR' || error.code === 'ENOENT' || (error.status ?? 500) < 500;

/**
 * Express middleware serving the built web app (vite's index.html and assets/) for every GET or
 * HEAD outside the API: the file when there is one under `root`, else index.html to a browser
 * (the app's own routes, /inbox, /items/:id, …), else on to the API's 404. index.html is always
 * revalidated, hashed assets cached for a year. Without index.html, a hint to build the app.
 */
export function webApp(root: string) {
  const send = (
    response: ResponseLike,
    path: string,
    cacheControl: string,
    notFound: () => void,
    next: Next,
  ) =>
    response.sendFile(
      path,
      {
        root,
        index: false,
        dotfiles: 'ignore',
        cacheControl: false,
        headers: { 'Cache-Control': cacheControl },
      },
      (error) => {
        if (!error || response.headersSent || error.code === 'ECONNABORTED') return;
        if (missing(error)) notFound();
        else next(error);
      },
    );
  const index = (request: RequestLike, response: ResponseLike, next: Next) =>
    send(response, 'index.html', 'no-cache', () => notBuilt(request, response), next);

  return (request: RequestLike, response: ResponseLike, next: Next): void => {
    const get = request.method === 'GET' || request.method === 'HEAD';
    if (!get || API_PREFIXES.includes(request.path.split('/')[1] ?? '')) return next();
    if (request.path === '/' || request.path === '/index.html')
      return index(request, response, next);
    let path: string;
    try {
      path = decodeURIComponent(request.path);
    } catch {
      return next();
    }
    const cacheControl = path.startsWith('/assets/') ? IMMUTABLE : 'no-cache';
    send(
      response,
      path,
      cacheControl,
      () => (acceptsHtml(request) ? index(request, response, next) : next()),
      next,
    );
  };
}
