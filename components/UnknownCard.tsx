import type { CardPage } from '../lib/dataset/card';
import { i18n } from './i18n';

interface Props {
  /** What the reader looked up. */
  text: string;
  /** The closest items, best first. */
  suggestions: ReadonlyArray<{ id: string; name: string }>;
  /** Opens a suggestion's card. */
  page: CardPage | undefined;
}

/** The card for a looked-up name the dataset does not know: says so, and offers the closest names it does know. */
export function UnknownCard({ text, suggestions, page }: Props) {
  const { t } = i18n();
  return (
    <section class="card" role="dialog" tabIndex={-1} aria-labelledby="backgrounder-card-unknown" data-testid="lookup-miss">
      <header>
        <span class="kind">{t('card_unknownKind')}</span>
        <h2 id="backgrounder-card-unknown">“{text}”</h2>
      </header>
      <p class="description">
        {t('card_unknownText')}
      </p>
      {suggestions.length > 0 && (
        <>
          <h3>{t('card_closest')}</h3>
          <ul class="suggestions">
            {suggestions.map((s) => (
              <li key={s.id}>
                <button type="button" data-testid="lookup-suggestion" data-id={s.id} onClick={() => page?.openItem(s.id)}>
                  {s.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
