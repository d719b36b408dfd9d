import type { CardModel, CardPage } from '../lib/dataset/card';
import { EntityCard } from './EntityCard';
import { IncidentCard } from './IncidentCard';
import { NoteCard } from './NoteCard';
import { UnknownCard } from './UnknownCard';

interface Props {
  /** What the card shows: an entity or an incident, chosen by `cardFor`. */
  card: CardModel;
  /** The page around the card, when it opens for a mention on a page. */
  page?: CardPage | undefined;
}

/** The card for any dataset item, or the note on a corrected claim, on the page and in the popup. */
export function Card({ card, page }: Props) {
  switch (card.kind) {
    case 'entity':
      return <EntityCard entity={card.entity} incidents={card.incidents} page={page} lang={card.lang} />;
    case 'incident':
      return <IncidentCard incident={card.incident} involved={card.involved} page={page} lang={card.lang} />;
    case 'note':
      return <NoteCard notes={card.notes} published={card.published} lang={card.lang} page={page} />;
    case 'unknown':
      return <UnknownCard text={card.text} suggestions={card.suggestions} page={page} />;
  }
}
