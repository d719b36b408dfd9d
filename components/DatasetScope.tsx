import type { About } from '../lib/dataset/schema';
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

/** `2026-12-01` as a long date in `locale` ("1 December 2026", "1. prosince 2026"); a month or a year alone as such. */
function formatAsOf(date: string, locale: string | undefined): string {
  const [y, m, d] = date.split('-').map(Number);
  const parts: Intl.DateTimeFormatOptions = { year: 'numeric', month: m ? 'long' : undefined, day: d ? 'numeric' : undefined };
  // UTC on both sides, so that the day does not move with the reader's time zone.
  return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
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
        {formatAsOf(about.asOf, locale)}
      </time>
    </p>
  );
}
