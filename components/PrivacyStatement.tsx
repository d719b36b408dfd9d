/**
 * The core of PRIVACY.md, as the welcome page shows it. test/unit/privacy.test.ts keeps these
 * sentences identical to the file's "In short" list, so the page never promises more or less
 * than the store listing does.
 */

/** The statement's core sentences, word for word as in PRIVACY.md (plain text, no Markdown). */
export const PRIVACY_POINTS: readonly string[] = [
  'Backgrounder makes no network requests: the dataset and the matching are inside the extension, and pages are read on your device only.',
  'It collects nothing and sends nothing: no analytics, no accounts, no remote code.',
  "Your settings are kept in the browser's extension storage (storage.local), on this device.",
  'The names found in each open tab are kept in storage.session and cleared when the tab closes or the browser quits.',
];

/** The privacy statement's core sentences, as a list under a heading. */
export function PrivacyStatement() {
  return (
    <section class="privacy" data-testid="privacy" aria-labelledby="backgrounder-privacy-heading">
      <h2 id="backgrounder-privacy-heading">Privacy</h2>
      <ul>
        {PRIVACY_POINTS.map((point) => (
          <li key={point} data-testid="privacy-point">
            {point}
          </li>
        ))}
      </ul>
    </section>
  );
}
