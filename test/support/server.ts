/**
 * A small local server for the demo pages: it answers for each article's real host name
 * (the browsers map those names to 127.0.0.1), so the shipped site list is what runs.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DEMO_ARTICLES, type DemoArticle, PAGES_DIR } from './demo-articles';
import { reactFixture } from './react-fixture';
import { sharedDir } from './shared';

/** A running demo server. */
export interface DemoServer {
  port: number;
  /** The article's address on its real host name, through this server's port. */
  urlOf(article: DemoArticle): string;
  /** A test fixture of test/pages/fixtures, under the article's host. */
  fixtureUrl(article: DemoArticle, name: string): string;
  close(): Promise<void>;
}

/**
 * A news site that is not on the shipped list, for "Scan this page" and the reader's own sites:
 * it serves the VOA article's page under its own name.
 */
export const UNLISTED: DemoArticle = { ...DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!, host: 'www.example-news.sk', path: '/svet/rusko' };

export async function startDemoServer(port = 0): Promise<DemoServer> {
  const server = createServer(async (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const article = [...DEMO_ARTICLES, UNLISTED].find((a) => a.host === host);
    if (!article || request.method !== 'GET') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not a demo page.');
      return;
    }
    // The saved real pages of ../shared/realpages, offline: their scripts and every request but
    // the page itself blocked by a Content-Security-Policy, as the suites that use them need.
    const real = /^\/realpages\/([\w.-]+\.html)$/.exec(request.url ?? '')?.[1];
    if (real) {
      const html = await readFile(path.join(sharedDir({ required: true }), 'realpages', 'readability', real)).catch(() => undefined);
      if (!html) return void response.writeHead(404).end();
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'", 'cache-control': 'no-store' })
        .end(html);
      return;
    }
    if (request.url === '/test/react.html' || request.url === '/test/react.js') {
      const { html, script } = await reactFixture();
      const isScript = request.url.endsWith('.js');
      response
        .writeHead(200, { 'content-type': isScript ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(isScript ? script : html);
      return;
    }
    const isStyle = request.url === '/news.css';
    // Test fixtures (live pages, web components) are served under every demo host, at /test/<name>.html.
    const fixture = /^\/test\/([a-z-]+)\.html$/.exec(request.url ?? '')?.[1];
    const file = isStyle ? 'news.css' : fixture ? path.join('fixtures', `${fixture}.html`) : article.file;
    const body = await readFile(path.join(PAGES_DIR, file)).catch(() => undefined);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No such test page.');
      return;
    }
    const type = isStyle ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    urlOf: (article) => `http://${article.host}:${actual}${article.path}`,
    fixtureUrl: (article, name) => `http://${article.host}:${actual}/test/${name}.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Chromium's flag that sends the demo hosts to this machine (ports stay as in the URL). */
export function chromiumHostRules(): string {
  return `--host-resolver-rules=${[...DEMO_ARTICLES, UNLISTED].map((a) => `MAP ${a.host} 127.0.0.1`).join(', ')}`;
}

/** Firefox prefs that resolve the demo hosts to this machine and keep plain http. */
export function firefoxHostPrefs(): Record<string, string | boolean | number> {
  return {
    'network.dns.localDomains': [...DEMO_ARTICLES, UNLISTED].map((a) => a.host).join(','),
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_only_mode': false,
  };
}
