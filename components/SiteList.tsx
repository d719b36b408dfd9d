interface Props {
  /** Every site Backgrounder can run on. */
  sites: readonly string[];
  /** Whether it runs on a site. */
  isEnabled: (site: string) => boolean;
  /** Called when the reader turns a site on or off. */
  onToggle: (site: string, enabled: boolean) => void;
}

/** The options page's list of sites, one toggle each. */
export function SiteList({ sites, isEnabled, onToggle }: Props) {
  return (
    <ul class="sites">
      {sites.map((site) => (
        <li key={site} data-testid="site-row" data-site={site}>
          <label>
            <input
              type="checkbox"
              checked={isEnabled(site)}
              onChange={(event) => onToggle(site, event.currentTarget.checked)}
            />
            <span>{site}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
