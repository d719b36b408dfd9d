import type { About } from '../lib/dataset/schema';
import { DatasetScope } from './DatasetScope';
import { PrivacyStatement } from './PrivacyStatement';
import { i18n } from './i18n';

interface Props {
  /** How many people, organisations, places and documents the dataset holds. */
  entities: number;
  /** How many incidents it holds. */
  incidents: number;
  /** The dataset's scope, period and date. */
  about: About;
  /** Opens the options page. */
  onOpenOptions: () => void;
}

/** The first-run page: what Backgrounder does, what its dataset covers, how to use it, and its privacy statement. */
export function Welcome({ entities, incidents, about, onOpenOptions }: Props) {
  const { t } = i18n();
  return (
    <main class="welcome" data-testid="welcome">
      <h1>{t('welcome_title')}</h1>
      <p>{t('welcome_intro')}</p>
      <DatasetScope about={about} counts={{ entities, incidents }} testId="welcome-scope" class="scope" />

      <h2>{t('welcome_howTitle')}</h2>
      <ul>
        <li>{t('welcome_howCard')}</li>
        <li>{t('welcome_howPopup')}</li>
      </ul>

      <h2>{t('welcome_keyboardTitle')}</h2>
      <p data-testid="welcome-shortcut">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd>: {t('shortcut_text')}
      </p>

      <h2>{t('welcome_addTitle')}</h2>
      <p>{t('welcome_addText')}</p>
      <p>{t('welcome_scanText')}</p>
      <p>
        <button type="button" class="primary" data-testid="welcome-options" onClick={onOpenOptions}>
          {t('welcome_openOptions')}
        </button>
      </p>

      <PrivacyStatement />
    </main>
  );
}
