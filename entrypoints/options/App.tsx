import { useEffect, useState } from 'preact/hooks';
import { SiteList } from '../../components/SiteList';
import { DEFAULT_SETTINGS, isSiteEnabled, type LoadedSettings, loadSettings, saveSettings, watchSettings, withSite } from '../../lib/ext/settings';
import { DEFAULT_SITES } from '../../lib/ext/sites';

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
      <h2>Sites</h2>
      <p class="hint">A site turned off gets no marks; pages already open lose theirs at once.</p>
      <SiteList
        sites={DEFAULT_SITES}
        isEnabled={(site) => isSiteEnabled(settings, site)}
        onToggle={(site, enabled) =>
          saveSettings(withSite(settings, site, enabled)).then(
            () => setSaveProblem(undefined),
            (error: unknown) => setSaveProblem(`The change could not be saved (${reasonOf(error)}).`),
          )
        }
      />
    </main>
  );
}
