import type { About } from '../lib/dataset/schema';
import { formatDate } from './format';
import { i18n } from './i18n';

interface Props {
  /** The dataset's scope, period and date. */
  about: About;
  /** How many entities (people, organisations, places and documents) and incidents it holds. */
  counts: { entities: number; incidents: number };
  /** The line's test id. */
  testId: string;
  /** Its class, for where it sits (the popup's footer, the welcome page). */
  class?: string;
}

/** What the dataset covers, in one line: its size, subject, years and date, said wherever the reader looks (popup, welcome page). */
export function DatasetScope({ about, counts, testId, class: className }: Props) {
  const { locale, plural, t } = i18n();
  const year = (date: string) => date.slice(0, 4);
  const period = about.period.from === about.period.to ? year(about.period.from) : `${year(about.period.from)}–${year(about.period.to)}`;
  return (
    <p class={className} data-testid={testId}>
      {plural('scope_entities', counts.entities)}, {plural('scope_incidents', counts.incidents)} · {about.scope} {period} · {t('scope_asOf')}{' '}
      <time dateTime={about.asOf} lang={locale}>
        {formatDate(about.asOf, 'long')}
      </time>
    </p>
  );
}
