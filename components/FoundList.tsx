import type { Entity } from '../lib/dataset/schema';
import { i18n } from './i18n';

interface Props {
  /** Entities found on the page with how often each was named, most named first. */
  found: ReadonlyArray<{ entity: Entity; count: number }>;
  /** Opens the card of an entity on the page; without it the names are plain text. */
  onOpen?: ((id: string) => void) | undefined;
}

/** The kinds in the order a reader looks for them. */
const GROUPS: ReadonlyArray<Entity['kind']> = ['person', 'organisation', 'place', 'document'];

/** The popup's names found on the page, grouped by kind, most named first; each name is a button that opens its card on the page. */
export function FoundList({ found, onOpen }: Props) {
  const { t, plural } = i18n();
  return (
    <div class="found" data-testid="found-list">
      {GROUPS.map((kind) => {
        const heading = t(`kinds_${kind}`);
        const items = found.filter((f) => f.entity.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-label={heading}>
            <h3>{heading}</h3>
            <ul>
              {items.map(({ entity, count }) => (
                <li key={entity.id} data-testid="entity-item" data-entity={entity.id} data-kind={kind}>
                  {onOpen ? (
                    <button type="button" class="name" data-testid="entity-open" title={entity.description} onClick={() => onOpen(entity.id)}>
                      {entity.name}
                    </button>
                  ) : (
                    <span class="name" title={entity.description}>
                      {entity.name}
                    </span>
                  )}
                  <span class="count" aria-label={plural('popup_namedTimes', count)}>
                    ×{count}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
