/**
 * The news sites Backgrounder runs on: a default list in the manifest (no prompt at install),
 * and any site the reader adds, for which the browser asks the reader's leave at that moment
 * (an optional host permission) before a content script is registered there.
 */
import { isHostOf, normalHost } from '../text/hosts';

/**
 * The outlets Central European readers use, by where they read (each group named in the catalogue
 * as `siteGroup_<id>`): the seed articles' sites
 * first, then English-language international, Czech, Slovak, Polish, German-language,
 * independent Russian-language, Ukrainian and Bulgarian outlets.
 */
export const SITE_GROUPS: ReadonlyArray<{ id: string; sites: readonly string[] }> = [
  { id: 'demo', sites: ['rmx.news', 'voanews.com', 'washingtonexaminer.com'] },
  {
    id: 'english',
    sites: ['apnews.com', 'reuters.com', 'bbc.com', 'bbc.co.uk', 'theguardian.com', 'nytimes.com', 'washingtonpost.com', 'politico.eu', 'rferl.org', 'euronews.com', 'aljazeera.com', 'npr.org', 'ft.com', 'economist.com', 'euobserver.com', 'balkaninsight.com', 'kyivindependent.com', 'notesfrompoland.com', 'expats.cz', 'radio.cz'],
  },
  { id: 'czech', sites: ['idnes.cz', 'novinky.cz', 'seznamzpravy.cz', 'irozhlas.cz', 'ceskatelevize.cz', 'aktualne.cz', 'denikn.cz', 'lidovky.cz', 'respekt.cz', 'echo24.cz', 'hn.cz', 'forum24.cz'] },
  { id: 'slovak', sites: ['sme.sk', 'dennikn.sk', 'aktuality.sk', 'pravda.sk', 'hnonline.sk', 'postoj.sk', 'stvr.sk', 'ta3.com', 'tvnoviny.sk'] },
  { id: 'polish', sites: ['wyborcza.pl', 'gazeta.pl', 'onet.pl', 'wp.pl', 'tvn24.pl', 'rp.pl', 'polityka.pl', 'oko.press', 'pap.pl', 'polsatnews.pl'] },
  { id: 'german', sites: ['dw.com', 'spiegel.de', 'zeit.de', 'faz.net', 'sueddeutsche.de', 'tagesschau.de', 'welt.de', 'nzz.ch', 'derstandard.at', 'diepresse.com', 'orf.at'] },
  { id: 'russian', sites: ['meduza.io', 'novayagazeta.eu', 'tvrain.tv', 'svoboda.org', 'currenttime.tv', 'theins.ru', 'istories.media', 'holod.media'] },
  { id: 'ukrainian', sites: ['pravda.com.ua', 'eurointegration.com.ua', 'ukrinform.ua', 'hromadske.ua', 'nv.ua', 'suspilne.media', 'zn.ua', 'liga.net'] },
  { id: 'bulgarian', sites: ['dnevnik.bg', 'mediapool.bg', 'capital.bg', 'bnt.bg', 'bnr.bg', 'segabg.com', 'svobodnaevropa.bg', 'offnews.bg'] },
];

/** Every default site, in the groups' order. */
export const DEFAULT_SITES: readonly string[] = SITE_GROUPS.flatMap((g) => g.sites);

/** Every site Backgrounder runs on for this reader: the defaults and the ones they added. */
export function sitesOf(settings: { addedSites: readonly string[] }): string[] {
  return [...DEFAULT_SITES, ...settings.addedSites];
}

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

/** The site a page's host is offered as ("Always run on …"): the host without a leading `www.`. */
export function siteOfHost(host: string): string {
  return normalHost(host).replace(/^www\./, '');
}

/** Hosts that are not sites on the web: the machine itself, and addresses rather than names. */
const NOT_A_SITE = /^(localhost|\d{1,3}(\.\d{1,3}){3}|\[[\d:a-f]+\])$/;

/** Why a typed site cannot be added: empty, not http(s), not an address, not a public name, or listed already (as itself or inside `listed`). */
export type SiteInputError =
  | { error: 'empty' }
  | { error: 'not-web' | 'invalid' | 'not-public'; input: string }
  | { error: 'listed'; site: string; listed: string };

/**
 * The site a reader typed, from a host (`sme.sk`, `www.sme.sk`) or an address
 * (`https://www.sme.sk/minuta`), or why it cannot be added. International names come back in the
 * browser's ASCII form (`xn--…`), which match patterns need.
 */
export function parseSiteInput(input: string, sites: readonly string[]): { site: string } | SiteInputError {
  const text = input.trim();
  if (!text) return { error: 'empty' };
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'not-web', input: text };
    host = url.hostname;
  } catch {
    return { error: 'invalid', input: text };
  }
  const site = siteOfHost(host);
  if (NOT_A_SITE.test(site) || !site.includes('.') || site.split('.').some((label) => !label)) return { error: 'not-public', input: text };
  const listed = siteForHost(site, sites);
  return listed ? { error: 'listed', site, listed } : { site };
}

/** Schemes of pages no extension may script: the browser's own, other extensions', sources and files. */
const FORBIDDEN_SCHEMES = /^(about|chrome|chrome-extension|chrome-search|devtools|edge|moz-extension|resource|view-source|data|file|blob|javascript):/i;
/** The add-on stores, which browsers keep every extension out of. */
const STORES = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Whether browsers forbid extensions to script the page at `url`. */
export function isForbiddenPage(url: string): boolean {
  if (FORBIDDEN_SCHEMES.test(url)) return true;
  try {
    const host = normalHost(new URL(url).hostname);
    return STORES.some((store) => isHostOf(host, store));
  } catch {
    return true;
  }
}
