/**
 * The React fixture (test/pages/react): the article rendered to HTML with react-dom/server and
 * the client bundled with esbuild, once per test run, so that the page hydrates as a real
 * server-rendered React site does.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { PAGES_DIR } from './demo-articles';

let made: Promise<{ html: string; script: string }> | undefined;

async function make(): Promise<{ html: string; script: string }> {
  const dir = path.join(PAGES_DIR, 'react');
  // React is here only to build this fixture, without its type packages (whose JSX types would
  // meet Preact's): the few functions used are typed by hand.
  const load = <T>(specifier: string) => import(specifier) as Promise<T>;
  const [{ renderToString }, { createElement }, { App }] = await Promise.all([
    load<{ renderToString(element: unknown): string }>('react-dom/server'),
    load<{ createElement(type: unknown): unknown }>('react'),
    load<{ App: () => unknown }>(path.join(dir, 'app.js')),
  ]);
  const bundle = await build({
    entryPoints: [path.join(dir, 'client.js')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const markup = renderToString(createElement(App));
  const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Hydrated article | Voice of America</title><link rel="stylesheet" href="/news.css" /></head>
  <body><div id="root">${markup}</div><script src="/test/react.js"></script></body>
</html>
`;
  return { html, script: bundle.outputFiles[0]!.text };
}

/** The page and its script, built on first use. */
export function reactFixture(): Promise<{ html: string; script: string }> {
  made ??= make();
  return made;
}
