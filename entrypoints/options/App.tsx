import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type AddResult, AddSite } from '../../components/AddSite';
import { CheckChoice } from '../../components/CheckChoice';
import { RadioChoice } from '../../components/RadioChoice';
import { SettingsFile } from '../../components/SettingsFile';
import { SettingsNotice } from '../../components/SettingsNotice';
import { SiteList } from '../../components/SiteList';
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
const DENSITY_CHOICES: ReadonlyArray<{ value: Density; label: string }> = [
  { value: 'first-in-section', label: 'The first mention of each name in each section (the others get a faint underline)' },
  { value: 'every', label: 'Every mention' },
  { value: 'first-only', label: 'Only the first mention of each name on the page' },
];
const STYLE_CHOICES: ReadonlyArray<{ value: MarkStyle; label: string }> = [
  { value: 'background', label: 'A light tint with a dotted underline' },
  { value: 'underline', label: 'A dotted underline only' },
];
const KIND_CHOICES: ReadonlyArray<{ value: MarkKind; label: string }> = [
  { value: 'person', label: 'People' },
  { value: 'organisation', label: 'Organisations' },
  { value: 'place', label: 'Places' },
  { value: 'document', label: 'Documents' },
  { value: 'incident', label: 'Incidents' },
];
/** Dwells a reader can choose, in milliseconds, as strings for the radio group. */
const DELAY_CHOICES: ReadonlyArray<{ value: string; label: string }> = [
  { value: '250', label: 'Quick: a quarter of a second' },
  { value: '500', label: 'Half a second (a deliberate rest, as Wikipedia’s previews wait)' },
  { value: '1000', label: 'Slow: a whole second' },
];

/** What the reader is told about a site that cannot be added. */
function siteProblem(problem: SiteInputError): string {
  switch (problem.error) {
    case 'empty':
      return 'Type a site’s address, such as sme.sk.';
    case 'not-web':
      return `“${problem.input}” is not a web address: only http and https sites can be added.`;
    case 'invalid':
      return `“${problem.input}” is not a site’s address.`;
    case 'not-public':
      return `“${problem.input}” is not the address of a public site.`;
    case 'listed':
      return problem.listed === problem.site ? `${problem.site} is on the list already.` : `${problem.site} is on the list already, as part of ${problem.listed}.`;
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  /** Whether the browser lets Backgrounder run on each added site, once looked up. */
  const [allowed, setAllowed] = useState<ReadonlyMap<string, boolean>>(new Map());

  useEffect(() => {
    const controller = new AbortController();
    loadSettings().then(setLoaded, (error: unknown) => setProblem(`Your saved settings could not be read (${reasonOf(error)}).`));
    // Every change comes back through here, from this page or any other: the page always shows what is stored.
    watchSettings(setLoaded, controller.signal);
    return () => controller.abort();
  }, []);

  const change = (what: SettingsChange) =>
    changeSettings(what).then(
      () => setProblem(undefined),
      (error: unknown) => setProblem(`The change could not be saved (${reasonOf(error)}).`),
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
    if ('error' in parsed) return { error: siteProblem(parsed) };
    const { site } = parsed;
    // The request comes first, inside the reader's click: browsers ask only in answer to a gesture.
    // Once granted, the background adds the site (lib/ext/background.ts); adding it here as well is
    // harmless and lets the page say "added" only once it is in the list.
    return browser.permissions.request(permissionFor(site)).then(
      async (granted): Promise<AddResult> => {
        if (!granted) return { error: `Backgrounder was not allowed on ${site}, so it was not added.` };
        await changeSettings({ type: 'add-site', site });
        return { site };
      },
      (error: unknown) => ({ error: `${site} could not be added (${reasonOf(error)}).` }),
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
      <p>
        Backgrounder marks the names of people, organisations, places and incidents on news sites and shows their background when you
        hover, focus or tap them. It works offline and sends nothing anywhere.
      </p>
      <SettingsNotice loaded={loaded} />
      {problem && (
        <p class="problem" role="alert" data-testid="save-problem">
          {problem}
        </p>
      )}
      <label class="switch-row">
        <input type="checkbox" role="switch" data-testid="options-pause" checked={settings.paused} onChange={(event) => void change({ type: 'set', patch: { paused: event.currentTarget.checked } })} />
        <span>Pause Backgrounder on every site</span>
      </label>

      <h2>What to mark</h2>
      <CheckChoice
        legend="What to mark"
        testId="kinds"
        choices={KIND_CHOICES}
        isChecked={(kind) => isKindShown(settings, kind)}
        onChange={(kind, shown) =>
          void change({ type: 'set', patch: { hiddenKinds: shown ? settings.hiddenKinds.filter((k) => k !== kind) : [...settings.hiddenKinds, kind] } })
        }
      />
      <h2>How many marks</h2>
      <RadioChoice legend="How many marks" testId="density" choices={DENSITY_CHOICES} value={settings.density} onChange={(density) => void change({ type: 'set', patch: { density } })} />
      <h2>How marks look</h2>
      <RadioChoice legend="How marks look" testId="mark-style" choices={STYLE_CHOICES} value={settings.markStyle} onChange={(markStyle) => void change({ type: 'set', patch: { markStyle } })} />
      <h2>When a card opens</h2>
      <RadioChoice
        legend="When a card opens"
        testId="card-delay"
        choices={DELAY_CHOICES}
        value={String(settings.cardDelay)}
        onChange={(delay) => void change({ type: 'set', patch: { cardDelay: Number(delay) } })}
      />
      <p class="hint">
        Keyboard: press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd> to open the card of the name at the cursor, or of the first one on screen;
        the browser's shortcut settings can change the keys.
      </p>

      <h2>Sites</h2>
      <p class="hint">
        Backgrounder runs on the sites below. A site turned off gets no marks, and pages already open lose theirs at once. For a site of your own,
        the browser asks you to allow it; removing it gives that permission back.
      </p>
      <AddSite onAdd={addSite} />
      <SiteList
        groups={[{ label: 'Your sites', sites: settings.addedSites }, ...SITE_GROUPS]}
        isEnabled={(site) => isSiteEnabled(settings, site)}
        onToggle={(site, enabled) => void change({ type: 'site', site, enabled })}
        isAdded={(site) => settings.addedSites.includes(site)}
        isAllowed={(site) => allowed.get(site)}
        onAllow={(site) =>
          // The request straight from the click, as the browser asks; the background registers the site once granted.
          void browser.permissions.request(permissionFor(site)).catch((error: unknown) => setProblem(`${site} could not be allowed (${reasonOf(error)}).`))
        }
        onRemove={removeSite}
      />

      <h2>Your settings</h2>
      <SettingsFile
        exportText={() => settingsFile(settings)}
        check={(text) => {
          const parsed = parseSettingsFile(text);
          return 'error' in parsed ? `This file was not imported, and nothing changed: ${parsed.error}.` : undefined;
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
