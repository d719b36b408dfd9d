/**
 * Writes the demo pages (test/pages/*.html) from the seed articles in ../shared/seeds.
 * The pages are committed, so neither the demo nor the tests need ../shared; run this
 * again (`npm run demo:pages`) only when the seeds or the template change.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_ARTICLES, PAGES_DIR } from './demo-articles';
import { sharedDir } from './shared';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

for (const article of DEMO_ARTICLES) {
  const text = await readFile(path.join(sharedDir({ required: true }), 'seeds', article.seed), 'utf8');
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const body = lines.filter((l) => l !== article.headline).map((l) => `      <p>${escape(l)}</p>`).join('\n');
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(article.headline)} | ${escape(article.publication)}</title>
    <style>
      body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #222; background: #fff; }
      .masthead { padding: 12px 24px; border-bottom: 3px solid #222; font: 700 22px/1 system-ui, sans-serif; letter-spacing: .02em; }
      article { max-width: 720px; margin: 24px auto; padding: 0 24px; }
      h1 { font-size: 34px; line-height: 1.2; margin: 0 0 8px; }
      .byline { color: #666; font: 14px system-ui, sans-serif; margin-bottom: 24px; }
      .notice { color: #666; font: 12px system-ui, sans-serif; border-top: 1px solid #ddd; padding-top: 8px; margin-top: 32px; }
    </style>
  </head>
  <body>
    <div class="masthead">${escape(article.publication)}</div>
    <article>
      <h1>${escape(article.headline)}</h1>
      <div class="byline">${escape(article.publication)} · ${escape(article.date)}</div>
${body}
      <p class="notice">Demo page for Backgrounder: the text of a ${escape(article.publication)} article (seed ${escape(article.seed)}), served locally.</p>
    </article>
  </body>
</html>
`;
  await writeFile(path.join(PAGES_DIR, article.file), html);
  console.log(`wrote ${path.relative(process.cwd(), path.join(PAGES_DIR, article.file))}`);
}
