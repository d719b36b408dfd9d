import type { CardPage } from '../lib/dataset/card';

interface Props {
  /** The page around the open card. */
  page: CardPage;
}

/** The card's top bar: how often the page names the item, the way to its other mentions, and "Not on this site". */
export function PageBar({ page }: Props) {
  const { position, total } = page;
  // A card looked up on a page where Backgrounder does not run has no mentions to step through.
  if (total === 0 && !page.turnOffSite) return null;
  return (
    <div class="page-bar" data-testid="card-page-bar">
      <span class="mentions" data-testid="card-mentions">
        {total === 0 ? 'Not named on this page' : total === 1 ? '1 mention on this page' : `${total} mentions on this page`}
      </span>
      {total > 1 && (
        <span class="steps">
          <button type="button" aria-label="Previous mention" data-testid="card-prev" onClick={() => page.step(-1)}>
            ‹
          </button>
          <span aria-live="polite" data-testid="card-position">
            {position + 1}/{total}
          </span>
          <button type="button" aria-label="Next mention" data-testid="card-next" onClick={() => page.step(1)}>
            ›
          </button>
        </span>
      )}
      {page.turnOffSite && (
        <button type="button" class="site-off" data-testid="card-site-off" onClick={page.turnOffSite}>
          Not on this site
        </button>
      )}
    </div>
  );
}
