import { useEffect, useState } from 'preact/hooks';
import { SiteList } from '../../components/SiteList';
import { isSiteEnabled, type LoadedSettings, loadSettings, saveSettings, watchSettings, withSite } from '../../lib/ext/settings';
import { DEFAULT_SITES } from '../../lib/ext/sites';

export function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setLoaded);
    watchSettings(setLoaded, controller.signal);
    return () => controller.abort();
  }, []);

  if (!loaded) return <main aria-busy="true" />;
  const { settings, problem } = loaded;
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
        onToggle={(site, enabled) => void saveSettings(withSite(settings, site, enabled))}
      />
    </main>
  );
}
