/**
 * The article's publication date, from what news pages give: the `article:published_time` meta
 * tag (Open Graph), JSON-LD's `datePublished`, or the article's `<time datetime>`. It decides a
 * claim note's words (lib/dataset/claims.ts); a page that gives none gets the plain correction.
 */
import { isoDateOf } from '../dataset/claims';

/** JSON-LD blocks read at most: a page has one or two. */
const MAX_JSON_LD = 10;

/** `datePublished` anywhere in a JSON-LD value (objects, arrays, `@graph`). */
function datePublishedIn(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = datePublishedIn(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return isoDateOf(record.datePublished);
  for (const nested of Object.values(record)) {
    const found = datePublishedIn(nested, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The page's publication date (YYYY, YYYY-MM or YYYY-MM-DD), or undefined when it gives none. */
export function articleDate(doc: Document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[property="article:published_time"], meta[name="article:published_time"]');
  const fromMeta = isoDateOf(meta?.content);
  if (fromMeta) return fromMeta;
  for (const script of [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, MAX_JSON_LD)) {
    try {
      const found = datePublishedIn(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is the page's: the next source may still tell.
    }
  }
  const time = doc.querySelector<HTMLTimeElement>('article time[datetime]') ?? doc.querySelector<HTMLTimeElement>('time[datetime]');
  return isoDateOf(time?.dateTime);
}

/** The date last read, and the address it was read at. */
let read: { url: string; value: string | undefined } | undefined;

/**
 * `articleDate` of this window's document, read once per address: a single-page site's route change
 * brings a new article, and with it a new address; a note opened again reads no JSON-LD again.
 */
export function currentArticleDate(): string | undefined {
  if (read?.url !== location.href) read = { url: location.href, value: articleDate(document) };
  return read.value;
}
