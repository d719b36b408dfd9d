import type { Source } from '../lib/dataset/schema';
import { i18n } from './i18n';

interface Props {
  /** The source to cite: a link when it has an address, else the seed article's title. */
  source: Source;
}

/** One citation. Links open in a new tab and pass no referrer. */
export function SourceLink({ source }: Props) {
  if (source.url) {
    return (
      <a class="source" href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
    );
  }
  return <span class="source">{i18n().t('card_theArticle', source.title)}</span>;
}
