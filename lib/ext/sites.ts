/**
 * The news sites Backgrounder runs on. The list is fixed at build time because the
 * browser grants content-script access per manifest pattern: a site outside it would
 * need an extra permission prompt, which least-privilege rules out for now.
 */
import { isHostOf, normalHost } from '../text/hosts';

/** Sites of the three seed articles first, then major English and Czech news sites. */
export const DEFAULT_SITES: readonly string[] = [
  'rmx.news',
  'voanews.com',
  'washingtonexaminer.com',
  'apnews.com',
  'reuters.com',
  'bbc.com',
  'bbc.co.uk',
  'theguardian.com',
  'nytimes.com',
  'washingtonpost.com',
  'politico.eu',
  'rferl.org',
  'dw.com',
  'euronews.com',
  'aljazeera.com',
  'npr.org',
  'idnes.cz',
  'novinky.cz',
  'seznamzpravy.cz',
  'irozhlas.cz',
  'ceskatelevize.cz',
  'aktualne.cz',
  'denikn.cz',
  'lidovky.cz',
  'respekt.cz',
  'radio.cz',
  'expats.cz',
];

/** Manifest match patterns for a site and all of its subdomains (`*.` matches the bare host too). */
export function matchPatternsFor(site: string): string[] {
  return [`*://*.${site}/*`];
}

/**
 * The listed site that a page's host belongs to (`www.voanews.com` → `voanews.com`),
 * or undefined. The longest suffix wins so that `bbc.co.uk` beats a hypothetical `co.uk`.
 */
export function siteForHost(host: string, sites: readonly string[] = DEFAULT_SITES): string | undefined {
  const h = normalHost(host);
  let best: string | undefined;
  for (const site of sites) {
    if (isHostOf(h, site) && (!best || site.length > best.length)) best = site;
  }
  return best;
}
