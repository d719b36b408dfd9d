import type { CardModel } from '../lib/dataset/card';
import { EntityCard } from './EntityCard';
import { IncidentCard } from './IncidentCard';

interface Props {
  /** What the card shows: an entity or an incident, chosen by `cardFor`. */
  card: CardModel;
}

/** The card for any dataset item, on the page and (later) in the popup. */
export function Card({ card }: Props) {
  return card.kind === 'entity' ? <EntityCard entity={card.entity} incidents={card.incidents} /> : <IncidentCard incident={card.incident} involved={card.involved} />;
}
