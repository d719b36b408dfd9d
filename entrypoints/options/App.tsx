import { useEffect, useState } from 'preact/hooks';
import { RadioChoice } from '../../components/RadioChoice';
import { SiteList } from '../../components/SiteList';
import { DEFAULT_SETTINGS, type Density, isSiteEnabled, type LoadedSettings, loadSettings, type Settings, saveSettings, watchSettings, withSite } from '../../lib/ext/settings';
import { DEFAULT_SITES } from '../../lib/ext/sites';

/** Every mention opens its card whatever the density; the density says how many are drawn. */
const DENSITY_CHOICES: ReadonlyArray<{ value: Density; label: string }> = [
  { value: 'first-in-section', label: 'The first mention of each name in each section (the others get a faint underline)' },
  { value: 'every', label: 'Every mention' },
  { value: 'first-only', label: 'Only the first mention of each name on the page' },
];

export function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | undefined>(undefined);
  const [saveProblem, setSaveProblem] = useState<string | undefined>(undefined);
  const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

  useEffect(() => {
    const controller = new AbortController();
    loadSettings()
      .then(setLoaded)
      .catch((error: unknown) => setLoaded({ settings: DEFAULT_SETTINGS, problem: `Your saved settings could not be read (${reasonOf(error)}), so the defaults are in use.` }));
    watchSettings(setLoaded, controller.signal);
    return () => controller.abort();
  }, []);

  const save = (next: Settings) =>
    saveSettings(next).then(
      () => setSaveProblem(undefined),
      (error: unknown) => setSaveProblem(`The change could not be saved (${reasonOf(error)}).`),
    );

  if (!loaded) return <main aria-busy="true" />;
  const { settings } = loaded;
  const problem = saveProblem ?? loaded.problem;
  return (
    <main>
      <h1>Backgrounder</h1>
      <p>
        Backgrounder marks the names of people, organisations, places and incidents on these news sites and shows
        their background when you hover them. It works offline and sends nothing anywhere.
      </p>
      {problem && (
        <p class="problem" role="alert" data-testid="settings-problem">
          {problem}
        </p>
      )}
      <h2>How many marks</h2>
      <RadioChoice
        legend="How many marks"
        testId="density"
        choices={DENSITY_CHOICES}
        value={settings.density}
        onChange={(density) => void save({ ...settings, density })}
      />
      <p class="hint">
        Keyboard: press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd> to open the card of the name at the cursor, or of the first one on
        screen; the browser's shortcut settings can change the keys.
      </p>
      <h2>Sites</h2>
      <p class="hint">A site turned off gets no marks; pages already open lose theirs at once.</p>
      <SiteList
        sites={DEFAULT_SITES}
        isEnabled={(site) => isSiteEnabled(settings, site)}
        onToggle={(site, enabled) => void save(withSite(settings, site, enabled))}
      />
    </main>
  );
}
