import { i18n } from './i18n';
interface Props {
  /** The page's site, when Backgrounder runs there (listed, added, or scanned once). */
  site?: string | undefined;
  /** Whether Backgrounder runs on the site now. */
  siteOn: boolean;
  /** Whether the reader paused Backgrounder everywhere. */
  paused: boolean;
  /** Turns the site on or off. */
  onToggleSite: (site: string, on: boolean) => void;
  /** Pauses or resumes Backgrounder everywhere. */
  onTogglePause: (paused: boolean) => void;
  /** Opens the options page. */
  onOptions: () => void;
}

/** The popup's one line of control: the site's state with its switch, the global pause, and the way to the options. */
export function SiteBar({ site, siteOn, paused, onToggleSite, onTogglePause, onOptions }: Props) {
  const { t } = i18n();
  return (
    <div class="site-bar" data-testid="site-bar">
      {site && (
        <label class="switch" data-testid="site-switch-label">
          <input
            type="checkbox"
            role="switch"
            data-testid="site-switch"
            checked={siteOn && !paused}
            disabled={paused}
            onChange={(event) => onToggleSite(site, event.currentTarget.checked)}
          />
          <span data-testid="site-state" class="site-state">{t(paused ? 'site_paused' : siteOn ? 'site_on' : 'site_off', site)}</span>
        </label>
      )}
      <button type="button" class="link" aria-pressed={paused} title={t('pause_title')} data-testid="pause" onClick={() => onTogglePause(!paused)}>
        {t(paused ? 'pause_resume' : 'pause_all')}
      </button>
      <button type="button" class="link" data-testid="open-options" onClick={onOptions}>
        {t('popup_options')}
      </button>
    </div>
  );
}
