import { browser } from 'wxt/browser';
import { Welcome } from '../../components/Welcome';
import { about, dataset } from '../../data';

/** The welcome page (welcome.html): the presentational Welcome with the dataset and the browser wired in. */
export function App() {
  return (
    <Welcome
      entities={dataset.entities.length}
      incidents={dataset.incidents.length}
      about={about}
      onOpenOptions={() => void browser.runtime.openOptionsPage().catch((error: unknown) => console.error('Backgrounder: could not open the options', error))}
    />
  );
}
