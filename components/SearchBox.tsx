import type { SearchHit } from '../lib/dataset/search';
import { i18n } from './i18n';

interface Props {
  /** What the reader typed. */
  query: string;
  /** Called as the reader types. */
  onQuery: (query: string) => void;
  /** The items that come closest, best first; no list while the reader reads a result's card. */
  hits: readonly SearchHit[] | undefined;
  /** Display name and kind label of an item. */
  describe: (id: string) => { name: string; kind: string };
  /** Opens an item's card. */
  onOpen: (id: string) => void;
}

/** The popup's search over the whole dataset: every spelling, with or without diacritics, in Latin or Cyrillic. */
export function SearchBox({ query, onQuery, hits, describe, onOpen }: Props) {
  const { t } = i18n();
  return (
    <div class="search" role="search">
      <label class="visually-hidden" for="search">
        {t('search_label')}
      </label>
      <input
        id="search"
        type="search"
        data-testid="search"
        placeholder={t('search_placeholder')}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => onQuery(event.currentTarget.value)}
      />
      {query.trim() && hits && (
        <ul class="results" data-testid="search-results" aria-label={t('search_results')}>
          {hits.length === 0 && <li class="status">{t('search_nothing', query.trim())}</li>}
          {hits.map((hit) => {
            const { name, kind } = describe(hit.id);
            return (
              <li key={hit.id}>
                <button type="button" class="name" data-testid="search-result" data-id={hit.id} onClick={() => onOpen(hit.id)}>
                  {name}
                </button>
                <span class="kind">{kind}</span>
                {hit.spelling !== name && <span class="spelling">{hit.spelling}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
