import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type AddResult, AddSite } from '../../components/AddSite';
import { CheckChoice } from '../../components/CheckChoice';
import { RadioChoice } from '../../components/RadioChoice';
import { SettingsFile } from '../../components/SettingsFile';
import { SettingsNotice } from '../../components/SettingsNotice';
import { SiteList } from '../../components/SiteList';
import { i18n } from '../../components/i18n';
import type { I18n } from '../../lib/text/messages';
import { hasPermission, permissionFor } from '../../lib/ext/registration';
import {
  changeSettings,
  type Density,
  isKindShown,
  isSiteEnabled,
  type LoadedSettings,
  loadSettings,
  type MarkKind,
  type MarkStyle,
  parseSettingsFile,
  type SettingsChange,
  settingsFile,
  watchSettings,
} from '../../lib/ext/settings';
import { parseSiteInput, SITE_GROUPS, type SiteInputError, sitesOf } from '../../lib/ext/sites';

/** Every mention opens its card whatever the density; the density says how many are drawn. */
const DENSITIES: readonly Density[] = ['first-in-section', 'every', 'first-only'];
const STYLES: readonly MarkStyle[] = ['background', 'underline'];
const KINDS: readonly MarkKind[] = ['person', 'organisation', 'place', 'document', 'incident'];
/** Dwells a reader can choose, in milliseconds: a quick one, a deliberate rest (as Wikipedia's previews wait), a slow one. */
const DELAYS: readonly number[] = [250, 500, 1000];

/** What the reader is told about a site that cannot be added. */
function siteProblem(problem: SiteInputError, t: I18n['t']): string {
  switch (problem.error) {
    case 'empty':
      return t('sites_errorEmpty');
    case 'not-web':
      return t('sites_errorNotWeb', problem.input);
    case 'invalid':
      return t('sites_errorInvalid', problem.input);
    case 'not-public':
      return t('sites_errorNotPublic', problem.input);
    case 'listed':
      return problem.listed === problem.site ? t('sites_errorListed', problem.site) : t('sites_errorListedIn', problem.site, problem.listed);
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function App() {
  const { t } = i18n();
  const [loaded, setLoaded] = useState<LoadedSettings | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  /** Whether the browser lets Backgrounder run on each added site, once looked up. */
  const [allowed, setAllowed] = useState<ReadonlyMap<string, boolean>>(new Map());

  useEffect(() => {
    const controller = new AbortController();
    loadSettings().then(setLoaded, (error: unknown) => setProblem(t('notice_settingsUnread', reasonOf(error))));
    // Every change comes back through here, from this page or any other: the page always shows what is stored.
    watchSettings(setLoaded, controller.signal);
    return () => controller.abort();
  }, []);

  const change = (what: SettingsChange) =>
    changeSettings(browser.runtime, what).then(
      () => setProblem(undefined),
      (error: unknown) => setProblem(t('notice_notSaved', reasonOf(error))),
    );

  // Added sites may come from an imported file without their permission: the list says which, and
  // looks again whenever a permission is granted or taken back (here or in the browser's settings).
  const [permissionChanges, setPermissionChanges] = useState(0);
  useEffect(() => {
    const bump = () => setPermissionChanges((n) => n + 1);
    browser.permissions.onAdded.addListener(bump);
    browser.permissions.onRemoved.addListener(bump);
    return () => {
      browser.permissions.onAdded.removeListener(bump);
      browser.permissions.onRemoved.removeListener(bump);
    };
  }, []);
  const addedKey = loaded?.settings.addedSites.join(' ') ?? '';
  useEffect(() => {
    const sites = addedKey ? addedKey.split(' ') : [];
    void Promise.all(sites.map(async (site) => [site, await hasPermission(site)] as const)).then((looked) => setAllowed(new Map(looked)));
  }, [addedKey, permissionChanges]);

  if (!loaded) return <main aria-busy="true">{problem && <p class="problem">{problem}</p>}</main>;
  const { settings } = loaded;

  const addSite = (input: string): Promise<AddResult> | AddResult => {
    const parsed = parseSiteInput(input, sitesOf(settings));
    if ('error' in parsed) return { error: siteProblem(parsed, t) };
    const { site } = parsed;
    // The request comes first, inside the reader's click: browsers ask only in answer to a gesture.
    // Once granted, the background adds the site (lib/ext/background.ts); adding it here as well is
    // harmless and lets the page say "added" only once it is in the list.
    return browser.permissions.request(permissionFor(site)).then(
      async (granted): Promise<AddResult> => {
        if (!granted) return { error: t('sites_notAllowed', site) };
        await changeSettings(browser.runtime, { type: 'add-site', site });
        return { site };
      },
      (error: unknown) => ({ error: t('notice_notAdded', site, reasonOf(error)) }),
    );
  };
  const removeSite = (site: string) =>
    void change({ type: 'remove-site', site }).then(() =>
      // Giving the permission back: the site is no longer ours to read. The background unregisters its script.
      browser.permissions.remove(permissionFor(site)).catch((error: unknown) => console.warn(`Backgrounder: could not give ${site} back`, error)),
    );

  return (
    <main>
      <h1>Backgrounder</h1>
      <p>{t('options_intro')}</p>
      <SettingsNotice loaded={loaded} />
      {problem && (
        <p class="problem" role="alert" data-testid="save-problem">
          {problem}
        </p>
      )}
      <label class="switch-row">
        <input type="checkbox" role="switch" data-testid="options-pause" checked={settings.paused} onChange={(event) => void change({ type: 'set', patch: { paused: event.currentTarget.checked } })} />
        <span>{t('pause_title')}</span>
      </label>

      <h2>{t('options_kinds')}</h2>
      <CheckChoice
        legend={t('options_kinds')}
        testId="kinds"
        choices={KINDS.map((value) => ({ value, label: t(`kinds_${value}`) }))}
        isChecked={(kind) => isKindShown(settings, kind)}
        onChange={(kind, shown) =>
          void change({ type: 'set', patch: { hiddenKinds: shown ? settings.hiddenKinds.filter((k) => k !== kind) : [...settings.hiddenKinds, kind] } })
        }
      />
      <h2>{t('options_claims')}</h2>
      <label class="switch-row">
        <input type="checkbox" role="switch" data-testid="options-claim-notes" checked={settings.claimNotes} onChange={(event) => void change({ type: 'set', patch: { claimNotes: event.currentTarget.checked } })} />
        <span>{t('options_claimNotes')}</span>
      </label>
      <p class="hint">{t('options_claimNotesHint')}</p>
      <h2>{t('options_density')}</h2>
      <RadioChoice legend={t('options_density')} testId="density" choices={DENSITIES.map((value) => ({ value, label: t(`density_${value.replace(/-(.)/g, (_, c: string) => c.toUpperCase())}`) }))} value={settings.density} onChange={(density) => void change({ type: 'set', patch: { density } })} />
      <h2>{t('options_style')}</h2>
      <RadioChoice legend={t('options_style')} testId="mark-style" choices={STYLES.map((value) => ({ value, label: t(`style_${value}`) }))} value={settings.markStyle} onChange={(markStyle) => void change({ type: 'set', patch: { markStyle } })} />
      <h2>{t('options_delay')}</h2>
      <RadioChoice
        legend={t('options_delay')}
        testId="card-delay"
        choices={DELAYS.map((ms) => ({ value: String(ms), label: t(`delay_${ms}`) }))}
        value={String(settings.cardDelay)}
        onChange={(delay) => void change({ type: 'set', patch: { cardDelay: Number(delay) } })}
      />
      <p class="hint">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd>: {t('shortcut_text')}
      </p>

      <h2>{t('options_sites')}</h2>
      <p class="hint">{t('options_sitesHint')}</p>
      <AddSite onAdd={addSite} />
      <SiteList
        groups={[{ label: t('sites_yours'), sites: settings.addedSites }, ...SITE_GROUPS.map((g) => ({ label: t(`siteGroup_${g.id}`), sites: g.sites }))]}
        isEnabled={(site) => isSiteEnabled(settings, site)}
        onToggle={(site, enabled) => void change({ type: 'site', site, enabled })}
        isAdded={(site) => settings.addedSites.includes(site)}
        isAllowed={(site) => allowed.get(site)}
        onAllow={(site) =>
          // The request straight from the click, as the browser asks; the background registers the site once granted.
          void browser.permissions.request(permissionFor(site)).catch((error: unknown) => setProblem(t('notice_notAdded', site, reasonOf(error))))
        }
        onRemove={removeSite}
      />

      <h2>{t('options_file')}</h2>
      <SettingsFile
        exportText={() => settingsFile(settings)}
        check={(text) => {
          const parsed = parseSettingsFile(text);
          return 'error' in parsed ? t('file_refused', parsed.error) : undefined;
        }}
        onImport={(text) => change({ type: 'import', file: text })}
        onReset={() => {
          const added = settings.addedSites;
          // The defaults have no sites of the reader's own: their permissions go back with them.
          return change({ type: 'reset' }).then(() => Promise.all(added.map((site) => browser.permissions.remove(permissionFor(site)).catch(() => false))));
        }}
      />
    </main>
  );
}
