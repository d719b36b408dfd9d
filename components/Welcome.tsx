import type { About } from '../lib/dataset/schema';
import { DatasetScope } from './DatasetScope';
import { PrivacyStatement } from './PrivacyStatement';

interface Props {
  /** How many people, organisations, places and documents the dataset holds. */
  entities: number;
  /** How many incidents it holds. */
  incidents: number;
  /** The dataset's scope, period and date. */
  about: About;
  /** The browser's UI language (a BCP 47 tag), in which dates and numbers are written. */
  language: string;
  /** Opens the options page. */
  onOpenOptions: () => void;
}

/** The first-run page: what Backgrounder does, what its dataset covers, how to use it, and its privacy statement. */
export function Welcome({ entities, incidents, about, language, onOpenOptions }: Props) {
  return (
    <main class="welcome" data-testid="welcome">
      <h1>Welcome to Backgrounder</h1>
      <p>
        Backgrounder gives you the background to the names in a news story. On the news sites in its list it marks the people,
        organisations, places and incidents that its dataset knows, and shows a card with who or what each one is, dated facts
        with their sources, and related incidents.
      </p>
      <DatasetScope about={about} counts={{ entities, incidents }} language={language} testId="welcome-scope" class="scope" />

      <h2>How to use it</h2>
      <ul>
        <li>Hover, focus or tap a marked name to open its card.</li>
        <li>The Backgrounder button in the toolbar lists the names and incidents on the page, and has a search.</li>
      </ul>

      <h2>Keyboard</h2>
      <p data-testid="welcome-shortcut">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd> opens the card of the name at the cursor, or of the first one on screen.
        The browser's shortcut settings can change the keys.
      </p>

      <h2>Add a site</h2>
      <p>
        On the site, open the toolbar popup and choose “Always run on” and the site's name (“Always run on example.sk”), or type the site's address under “Add a
        site” in the options. The browser asks you for permission for that one site.
      </p>
      <p>
        To read a page once without adding its site, choose “Scan this page” in the popup: it scans the page in front of you,
        that once, without a permission prompt.
      </p>
      <p>
        <button type="button" class="primary" data-testid="welcome-options" onClick={onOpenOptions}>
          Open the options
        </button>
      </p>

      <PrivacyStatement />
    </main>
  );
}
