import { i18n } from './i18n';
interface Props {
  /** The sites, in groups with a heading each (the defaults by where readers read them, and the reader's own). */
  groups: ReadonlyArray<{ label: string; sites: readonly string[] }>;
  /** Whether Backgrounder runs on a site. */
  isEnabled: (site: string) => boolean;
  /** Called when the reader turns a site on or off. */
  onToggle: (site: string, enabled: boolean) => void;
  /** Removes a site the reader added; only their own sites get a remove button. */
  onRemove?: ((site: string) => void) | undefined;
  /** Whether `site` is one the reader added. */
  isAdded?: ((site: string) => boolean) | undefined;
  /** Whether the browser lets Backgrounder run on an added site (an imported list brings sites without their permission); undefined until known. */
  isAllowed?: ((site: string) => boolean | undefined) | undefined;
  /** Asks the browser for an added site that lacks its permission. */
  onAllow?: ((site: string) => void) | undefined;
}

/** The options page's sites, in groups, one switch each, and a remove button for the reader's own. */
export function SiteList({ groups, isEnabled, onToggle, onRemove, isAdded, isAllowed, onAllow }: Props) {
  const { t } = i18n();
  return (
    <>
      {groups.map(({ label, sites }) =>
        sites.length === 0 ? null : (
          <section key={label} class="site-group" aria-label={label}>
            <h3>{label}</h3>
            <ul class="sites">
              {sites.map((site) => (
                <li key={site} data-testid="site-row" data-site={site}>
                  <label>
                    <input type="checkbox" checked={isEnabled(site)} onChange={(event) => onToggle(site, event.currentTarget.checked)} />
                    <span>{site}</span>
                  </label>
                  {onAllow && isAdded?.(site) && isAllowed?.(site) === false && (
                    <button type="button" class="link allow" data-testid="site-allow" aria-label={t('sites_allowLabel', site)} onClick={() => onAllow(site)}>
                      {t('sites_allow')}
                    </button>
                  )}
                  {onRemove && isAdded?.(site) && (
                    <button type="button" class="link remove" data-testid="site-remove" aria-label={t('sites_removeLabel', site)} onClick={() => onRemove(site)}>
                      {t('sites_remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </>
  );
}
