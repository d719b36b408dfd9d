import { i18n } from './i18n';
/**
 * The core of PRIVACY.md, as the welcome page shows it, in the reader's language.
 * test/unit/privacy.test.ts keeps the English sentences identical to the file's "In short" list,
 * so the page never promises more or less than the store listing does.
 */

/** The statement's core sentences, by their keys in the catalogue (word for word as in PRIVACY.md in English). */
export const PRIVACY_POINTS: readonly string[] = ['privacy_network', 'privacy_nothingSent', 'privacy_settings', 'privacy_tabs'];

/** The privacy statement's core sentences, as a list under a heading. */
export function PrivacyStatement() {
  const { t } = i18n();
  return (
    <section class="privacy" data-testid="privacy" aria-labelledby="backgrounder-privacy-heading">
      <h2 id="backgrounder-privacy-heading">{t('privacy_title')}</h2>
      <ul>
        {PRIVACY_POINTS.map((key) => (
          <li key={key} data-testid="privacy-point">
            {t(key)}
          </li>
        ))}
      </ul>
    </section>
  );
}
