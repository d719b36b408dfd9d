import type { CardPage } from '../lib/dataset/card';
import { i18n } from './i18n';

interface Props {
  /** The page around the open card. */
  page: CardPage;
}

/** The card's top bar: how often the page names the item, the way to its other mentions, and "Not on this site". */
export function PageBar({ page }: Props) {
  const { position, total } = page;
  const { t, plural } = i18n();
  // A card looked up on a page where Backgrounder does not run has no mentions to step through.
  if (total === 0 && !page.turnOffSite) return null;
  return (
    <div class="page-bar" data-testid="card-page-bar">
      <span class="mentions" data-testid="card-mentions">
        {total === 0 ? t('card_notNamed') : plural('card_mentions', total)}
      </span>
      {total > 1 && (
        <span class="steps">
          <button type="button" aria-label={t('card_previous')} data-testid="card-prev" onClick={() => page.step(-1)}>
            ‹
          </button>
          <span aria-live="polite" data-testid="card-position">
            {position + 1}/{total}
          </span>
          <button type="button" aria-label={t('card_next')} data-testid="card-next" onClick={() => page.step(1)}>
            ›
          </button>
        </span>
      )}
      {page.turnOffSite && (
        <button type="button" class="site-off" data-testid="card-site-off" onClick={page.turnOffSite}>
          {t('card_siteOff')}
        </button>
      )}
    </div>
  );
}
