import type { Entity } from '../lib/dataset/schema';

interface Props {
  /** Entities found on the page with how often each was named, most named first. */
  found: ReadonlyArray<{ entity: Entity; count: number }>;
}

/** The popup's list of names found on the page. */
export function FoundList({ found }: Props) {
  return (
    <ul class="found">
      {found.map(({ entity, count }) => (
        <li key={entity.id} data-testid="entity-item" data-entity={entity.id}>
          <span class="name">{entity.name}</span>
          <span class="count" aria-label={`named ${count} times`}>
            ×{count}
          </span>
          <span class="description">{entity.description}</span>
        </li>
      ))}
    </ul>
  );
}
