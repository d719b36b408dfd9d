/**
 * Content scripts for the sites the reader added: registered at run time
 * (`scripting.registerContentScripts`, kept across browser restarts) for each added site whose
 * host permission the reader granted, and unregistered when the site is removed or the
 * permission taken back. One function brings the registrations in line with the settings and the
 * permissions, whatever changed, so that they can never drift apart.
 */
import { browser } from 'wxt/browser';
import type { Settings } from './settings';
import { matchPatternsFor } from './sites';

/** The built content script (WXT writes it here), the same file the manifest lists for the default sites. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** Registration ids: one per added site, so that one can go without the others. */
const ID_PREFIX = 'backgrounder-site-';

/** The host permission a site needs. */
export function permissionFor(site: string): { origins: string[] } {
  return { origins: matchPatternsFor(site) };
}

/** The sites whose permission `origins` hold (`*://*.sme.sk/*` → `sme.sk`), as permissionFor asks for them. */
export function sitesIn(origins: readonly string[] = []): string[] {
  return origins.flatMap((origin) => /^\*:\/\/\*\.([^/*]+)\/\*$/.exec(origin)?.[1] ?? []);
}

/** Whether the reader granted the extension `site`. */
export async function hasPermission(site: string): Promise<boolean> {
  return browser.permissions.contains(permissionFor(site)).catch(() => false);
}

/**
 * Registers the content script for every added site whose permission is granted, and
 * unregisters it everywhere else (a removed site, a permission the reader took back in the
 * browser's settings). Returns the sites registered now.
 */
export async function syncRegistrations(settings: Pick<Settings, 'addedSites'>): Promise<string[]> {
  const granted = (await Promise.all(settings.addedSites.map(async (site) => ((await hasPermission(site)) ? site : undefined)))).filter(
    (site): site is string => site !== undefined,
  );
  const wanted = new Map(granted.map((site) => [`${ID_PREFIX}${site}`, site]));
  const registered = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith(ID_PREFIX));
  const stale = registered.filter((id) => !wanted.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter(([id]) => !registered.includes(id));
  if (missing.length > 0)
    await browser.scripting.registerContentScripts(
      missing.map(([id, site]) => ({
        id,
        matches: matchPatternsFor(site),
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  return granted;
}

/**
 * Runs the content script in one tab now: "Scan this page" on a site that is not listed (with
 * `activeTab`, which the reader's click on the toolbar button granted for this tab), or a site
 * just added. A flag set first tells the script that the reader asked for this page.
 */
export async function scanTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      (globalThis as { backgrounderScanOnce?: boolean }).backgrounderScanOnce = true;
    },
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/** Runs the content script now in the open tabs of `site`, which the reader has just allowed (their pages were loaded before it was registered). */
export async function scanOpenTabs(site: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: matchPatternsFor(site) });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : scanTab(tab.id).catch(() => undefined))));
}
