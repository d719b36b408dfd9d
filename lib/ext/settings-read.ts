/**
 * What the settings say, read without the storage: the page kit (lib/page/page-kit.ts), which
 * carries neither the storage nor the browser's API, asks these; settings.ts passes them on. They
 * ask for the fields they read (as sites.ts `sitesOf` does), so that this module imports nothing.
 */

/** Whether Backgrounder runs on `site` (a site on the list that the reader has not turned off). */
export function isSiteEnabled(settings: { readonly disabledSites: readonly string[] }, site: string): boolean {
  return !settings.disabledSites.includes(site);
}

/** Whether marks of `kind` are shown. */
export function isKindShown<Kind extends string>(settings: { readonly hiddenKinds: readonly Kind[] }, kind: Kind): boolean {
  return !settings.hiddenKinds.includes(kind);
}
