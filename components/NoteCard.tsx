import type { CardPage } from '../lib/dataset/card';
import type { Note } from '../lib/dataset/claims';
import { formatDate, formatDateRange } from './format';
import { SourceList } from './SourceList';
import { i18n } from './i18n';

interface Props {
  /** The claims the sentence states, each with the record in the words for the article's date. */
  notes: readonly Note[];
  /** The article's date, as the page gives it. */
  published?: string | undefined;
  /** The language the notes' texts are in. */
  lang: string;
  /** The page around the note: its item's card is one click away. */
  page?: CardPage | undefined;
}

/** The note on a sentence that states a claim the record corrects (or that later events overtook). */
export function NoteCard({ notes, published, lang, page }: Props) {
  const { t } = i18n();
  const headingId = 'backgrounder-note';
  const tense = notes.some((n) => n.tense === 'corrected') ? 'corrected' : 'later';
  return (
    <section class="card note" role="dialog" tabIndex={-1} aria-labelledby={headingId} data-testid="note-card" data-claims={notes.map((n) => n.id).join(' ')}>
      <header>
        <span class="kind" id={headingId} data-testid="note-kind">
          {t(tense === 'corrected' ? 'note_kindCorrected' : 'note_kindLater')}
        </span>
        {published && (
          <p class="native" data-testid="note-published">
            {t('note_published', formatDate(published))}
          </p>
        )}
      </header>
      {notes.map((note) => (
        <article key={note.id} class="claim" data-testid="note" data-claim={note.id} data-tense={note.tense}>
          <p class="says" data-testid="note-says" lang={lang}>
            {t('note_says', note.says)}
          </p>
          <p class="description" data-testid="note-record" lang={lang}>
            {note.text}
          </p>
          {note.held ? (
            <p class="native" data-testid="note-held">
              {t('note_held', note.held.map((p) => formatDateRange(p)).join('; '))}
            </p>
          ) : (
            note.date && (
              <p class="native" data-testid="note-date">
                {t('note_recordSince', formatDate(note.date))}
              </p>
            )
          )}
          <h3>{t('card_sources')}</h3>
          <SourceList sources={note.sources} />
          <p class="note-item">
            <button type="button" data-testid="note-item" data-id={note.item.id} onClick={() => page?.openItem(note.item.id)}>
              {t('note_openItem', note.item.name)}
            </button>
          </p>
        </article>
      ))}
    </section>
  );
}
