import type { Entity } from '../lib/dataset/schema';

interface Props {
  /** Entities found on the page with how often each was named, most named first. */
  found: ReadonlyArray<{ entity: Entity; count: number }>;
  /** Opens the card of an entity on the page; without it the names are plain text. */
  onOpen?: ((id: string) => void) | undefined;
}

/** The popup's list of names found on the page; each name is a button that opens its card on the page. */
export function FoundList({ found, onOpen }: Props) {
  return (
    <ul class="found">
      {found.map(({ entity, count }) => (
        <li key={entity.id} data-testid="entity-item" data-entity={entity.id}>
          {onOpen ? (
            <button type="button" class="name" data-testid="entity-open" onClick={() => onOpen(entity.id)}>
              {entity.name}
            </button>
          ) : (
            <span class="name">{entity.name}</span>
          )}
          <span class="count" aria-label={`named ${count} times`}>
            ×{count}
          </span>
          <span class="description">{entity.description}</span>
        </li>
      ))}
    </ul>
  );
}
