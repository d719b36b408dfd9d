import { browser } from 'wxt/browser';
import { Welcome } from '../../components/Welcome';
import { about, dataset } from '../../data';

/** The browser's UI language, which dates and numbers follow; the page's own language where the API is missing. */
function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language;
  } catch {
    return navigator.language;
  }
}

/** The welcome page (welcome.html): the presentational Welcome with the dataset and the browser wired in. */
export function App() {
  return (
    <Welcome
      entities={dataset.entities.length}
      incidents={dataset.incidents.length}
      about={about}
      language={uiLanguage()}
      onOpenOptions={() => void browser.runtime.openOptionsPage().catch((error: unknown) => console.error('Backgrounder: could not open the options', error))}
    />
  );
}
