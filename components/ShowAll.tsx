import { useState } from 'preact/hooks';
import { i18n } from './i18n';

/**
 * The first `limit` of `items` (all of them when `limit` is absent), and the "Show all N" button that
 * shows the rest, or null when there is no rest: the popup's lists keep to one screen this way.
 */
export function useShowAll<T>(items: readonly T[], limit: number | undefined, testId: string): [readonly T[], preact.JSX.Element | null] {
  const [all, setAll] = useState(false);
  const shown = all || limit === undefined ? items : items.slice(0, limit);
  const button =
    shown.length < items.length ? (
      <button type="button" class="link more" data-testid={testId} onClick={() => setAll(true)}>
        {i18n().t('popup_showAll', items.length)}
      </button>
    ) : null;
  return [shown, button];
}
