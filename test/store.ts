/**
 * `npm run store`: what the extension stores ask for, written to `.output/store/` from the
 * fresh build: listing.md (name, summary, description, category, permissions with their
 * justifications), a copy of PRIVACY.md, and two 1280×800 screenshots taken in Chromium with
 * the built extension on the demo server (the VOA article with a card open, and the popup).
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { about, dataset } from '../data';
import { buildDir, checkPrerequisites, launch, openPopup, pointOf, type Session, tabIdOf } from './browser/harness';
import { DEMO_ARTICLES } from './support/demo-articles';
import { type DemoServer, startDemoServer } from './support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, '.output/store');

/** The Chrome Web Store takes at most 132 characters of summary (the manifest's description). */
const SUMMARY_MAX = 132;
/** The stores' screenshot size, in pixels. */
const SHOT = { width: 1280, height: 800 };
/** The popup's page as the toolbar shows it: its body is 380 px wide, and 600 px is the tallest a popup gets. */
const POPUP = { width: 400, height: 600 };
/** The seed article the screenshots show, and the name whose card is open on it. */
const ARTICLE = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;
const HOVERED = 'Hamacek';


/** Stops the command with a message that says what to do. */
class StoreError extends Error {}

interface Manifest {
  name: string;
  version: string;
  description: string;
  permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
}

/** The section of a Markdown text under `## heading`, up to the next heading of that level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new StoreError(`PRIVACY.md has no "## ${heading}" section.`);
  const body = markdown.slice(start + heading.length + 5);
  const end = body.indexOf('\n## ');
  return (end < 0 ? body : body.slice(0, end)).trim();
}

/** listing.md, from the built manifest and PRIVACY.md; every permission the build asks for must be justified there. */
function listing(manifest: Manifest, privacy: string): string {
  if (manifest.description.length > SUMMARY_MAX) {
    throw new StoreError(
      `The summary (the manifest's description in wxt.config.ts) is ${manifest.description.length} characters; the Chrome Web Store takes at most ${SUMMARY_MAX}:\n  ${manifest.description}`,
    );
  }
  const permissions = section(privacy, 'Permissions, and why');
  const unexplained = (manifest.permissions ?? []).filter((p) => !permissions.includes(`\`${p}\``));
  if (unexplained.length > 0) throw new StoreError(`PRIVACY.md's "Permissions, and why" does not explain ${unexplained.map((p) => `\`${p}\``).join(', ')}, which the build asks for.`);
  const optional = [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
  if (optional.length > 0 && !/optional host permissions/i.test(permissions)) throw new StoreError(`PRIVACY.md's "Permissions, and why" does not explain the optional permissions ${optional.join(', ')}.`);
  const count = (n: number, what: string) => `${n} ${what}`;
  return `# ${manifest.name} ${manifest.version}: store listing

## Name

${manifest.name}

## Summary (${manifest.description.length} of ${SUMMARY_MAX} characters)

${manifest.description}

## Description

Backgrounder gives you the background to the names in a news story. On the news sites in its list it marks the people, organisations, places and incidents of its bundled fact dataset, in the spellings real articles use, and shows a card when you hover, focus or tap one: who or what it is, dated facts with their sources, and related incidents.

The toolbar button lists the names and incidents on the page, with a search; each name there opens its card on the page. Alt+Shift+B opens the card of the name at the cursor, or of the first one on screen. Right-click selected text to look it up; "Scan this page" reads any page once, and "Always run on" adds a site for good.

The dataset: ${count(dataset.entities.length, 'people, organisations, places and documents')} and ${count(dataset.incidents.length, 'incidents')} of ${about.scope}, ${about.period.from}–${about.period.to}, facts as of ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(about.asOf))}. Every fact has a date and at least one source.

Everything works offline: Backgrounder makes no network requests, collects nothing and sends nothing. No analytics, no accounts, no remote code.

## Category

News & Weather (Chrome Web Store: Lifestyle › News & Weather; where a store has no such category, Productivity). Firefox Add-ons: Feeds, News & Blogging.

## Permissions and why (as in PRIVACY.md)

${permissions}

## Privacy

Privacy policy: [PRIVACY.md](PRIVACY.md) (copied next to this file). Data collected: none.
`;
}

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A screenshot's file, after checking that it is the size the stores take. */
async function checkedShot(file: string, want: { width: number; height: number }): Promise<string> {
  const got = pngSize(await readFile(file));
  if (got.width !== want.width || got.height !== want.height) throw new StoreError(`${file} is ${got.width}×${got.height}, not ${want.width}×${want.height}.`);
  return file;
}

/** A neutral 1280×800 stage with the article on the left and the popup, at its real size, on the right. */
const STAGE_HTML = `<!doctype html><meta charset="utf-8"><style>
html,body{margin:0;height:100%;background:#e9e6df;font:20px/1.3 system-ui,sans-serif;color:#1d2330}
body{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:28px}
.row{display:flex;align-items:center;gap:32px}
img{display:block;box-shadow:0 8px 30px rgb(0 0 0/.25);border-radius:6px}
#article{width:760px;opacity:.92}#popup{width:${POPUP.width}px;height:${POPUP.height}px}
</style><p>The toolbar button: the names on the page and the incidents that connect them</p>
<div class="row"><img id="article" alt=""><img id="popup" alt=""></div>`;

/** The two screenshots, in one Chromium session. */
async function screenshots(session: Session, server: DemoServer): Promise<string[]> {
  const article = await session.newTab();
  await article.setViewport(SHOT.width, SHOT.height);
  await article.goto(server.urlOf(ARTICLE));
  await article.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
  const marked = await article.screenshotTo(path.join(OUT, 'tmp-article.png'));

  // The name where it is as the page opens: no scroll, so that the shot keeps the headline.
  const point = await article.evaluateWith(pointOf, { word: HOVERED, scroll: false });
  if (!point) throw new StoreError(`The VOA demo article no longer names ${HOVERED} on its first screen at ${SHOT.width}×${SHOT.height}.`);
  await article.hover(point.x, point.y);
  await article.waitForSelector('backgrounder-card >>> [data-testid="entity-card"]');
  const card = await checkedShot(await article.screenshotTo(path.join(OUT, 'screenshot-1-card.png')), SHOT);

  const popup = await openPopup(session, await tabIdOf(session, 'voanews.com'));
  await popup.setViewport(POPUP.width, POPUP.height);
  await popup.waitForSelector('[data-testid="entity-item"]');
  const popupPng = await checkedShot(await popup.screenshotTo(path.join(OUT, 'tmp-popup.png')), POPUP);

  // The harness's own page, not the extension's: a data: address is fine here.
  const stage = await session.newTab();
  await stage.setViewport(SHOT.width, SHOT.height);
  await stage.goto(`data:text/html;charset=utf-8,${encodeURIComponent(STAGE_HTML)}`);
  const dataUrl = async (file: string) => `data:image/png;base64,${(await readFile(file)).toString('base64')}`;
  // The images go in after the load, as data: addresses far longer than a page address may be.
  await stage.evaluateWith(
    ({ article, popup }) => {
      (document.getElementById('article') as HTMLImageElement).src = article;
      (document.getElementById('popup') as HTMLImageElement).src = popup;
    },
    { article: await dataUrl(marked), popup: await dataUrl(popupPng) },
  );
  await stage.waitFor(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  const composed = await checkedShot(await stage.screenshotTo(path.join(OUT, 'screenshot-2-popup.png')), SHOT);
  await Promise.all([rm(marked), rm(popupPng)]);
  return [card, composed];
}

async function main(): Promise<string[]> {
  try {
    checkPrerequisites('chromium');
  } catch (error) {
    throw new StoreError(`Cannot take the store screenshots: ${(error as Error).message}`);
  }
  const built = JSON.parse(await readFile(path.join(buildDir('chromium'), 'manifest.json'), 'utf8')) as Manifest & { default_locale?: string };
  // The manifest names the extension through the catalogue (__MSG_ext_name__): the listing takes the default language's words.
  const messages = JSON.parse(await readFile(path.join(buildDir('chromium'), '_locales', built.default_locale ?? 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const resolve = (value: string) => value.replace(/^__MSG_(\w+)__$/, (whole, key: string) => messages[key]?.message ?? whole);
  const manifest: Manifest = { ...built, name: resolve(built.name), description: resolve(built.description) };
  const privacy = await readFile(path.join(root, 'PRIVACY.md'), 'utf8');
  const text = listing(manifest, privacy);
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const written = [path.join(OUT, 'listing.md'), path.join(OUT, 'PRIVACY.md')];
  await writeFile(written[0]!, text);
  await copyFile(path.join(root, 'PRIVACY.md'), written[1]!);

  const server = await startDemoServer();
  const session = await launch('chromium');
  try {
    written.push(...(await screenshots(session, server)));
  } finally {
    await session.close().catch(() => undefined);
    await server.close();
  }
  return written;
}

try {
  const written = await main();
  console.log(`Store listing written:\n${written.map((f) => `  ${path.relative(process.cwd(), f)}`).join('\n')}`);
} catch (error) {
  console.error(error instanceof StoreError ? `npm run store: ${error.message}` : error);
  process.exitCode = 1;
}
