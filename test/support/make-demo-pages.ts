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
    <meta property="article:published_time" content="${escape(article.published)}" />
    <link rel="stylesheet" href="/news.css" />
  </head>
  <body>
    <div class="masthead">${escape(article.publication)}</div>
    <article>
      <h1>${escape(article.headline)}</h1>
      <div class="byline">${escape(article.publication)} · <time datetime="${escape(article.published)}">${escape(article.date)}</time></div>
${body}
      <p class="notice">Demo page for Backgrounder: the text of a ${escape(article.publication)} article (seed ${escape(article.seed)}), served locally.</p>
    </article>
  </body>
</html>
`;
  await writeFile(path.join(PAGES_DIR, article.file), html);
  console.log(`wrote ${path.relative(process.cwd(), path.join(PAGES_DIR, article.file))}`);
}
