import { describe, expect, it } from 'vitest';
import { dataset } from '../../data';
import { createCatalog, rankIncidents } from '../../lib/catalog';
import { formatDate, formatDateRange } from '../../lib/format';
import { countByEntity } from '../../lib/mention';
import { siteForHost } from '../../lib/sites';

describe('rankIncidents', () => {
  it('puts the incident that connects most of the page first', () => {
    const ranked = rankIncidents(dataset, [
      { id: 'jan-hamacek', count: 3 },
      { id: 'gru', count: 1 },
      { id: 'vrbetice', count: 1 },
      { id: 'andrej-babis', count: 1 },
      { id: 'dmitry-peskov', count: 1 },
    ]);
    // Zeman's address connects four of them; the expulsions connect all five.
    expect(ranked[0]!.incident.id).toBe('vrbetice-attribution-expulsions-2021');
    expect(ranked[1]!.incident.id).toBe('zeman-two-versions-2021');
    expect(ranked[0]!.entityIds[0]).toBe('jan-hamacek');
  });

  it('puts an incident the page names itself before those it only connects', () => {
    const ranked = rankIncidents(dataset, [
      { id: 'jan-hamacek', count: 5 },
      { id: 'mh17-2014', count: 1 },
    ]);
    expect(ranked[0]!.incident.id).toBe('mh17-2014');
    expect(ranked.slice(1).every((r) => r.entityIds.includes('jan-hamacek'))).toBe(true);
  });

  it('lists nothing when no entity was found', () => {
    expect(rankIncidents(dataset, [])).toEqual([]);
  });

  it('looks items up by id', () => {
    const catalog = createCatalog(dataset);
    expect(catalog.entity('dmitry-peskov')?.name).toBe('Dmitry Peskov');
    expect(catalog.incident('nope')).toBeUndefined();
  });
});

describe('countByEntity', () => {
  it('counts and orders by count, then id', () => {
    const m = (entityId: string) => ({ start: 0, end: 1, entityId, alias: 'x', how: 'exact' as const });
    expect(countByEntity([m('b'), m('a'), m('b'), m('c')])).toEqual([
      { id: 'b', count: 2 },
      { id: 'a', count: 1 },
      { id: 'c', count: 1 },
    ]);
  });
});

describe('formatDate', () => {
  it.each([
    ['2021-04-17', '17 Apr 2021'],
    ['2021-04', 'Apr 2021'],
    ['2018', '2018'],
  ])('%s → %s', (date, expected) => expect(formatDate(date)).toBe(expected));

  it('joins a range, and collapses a one-day one', () => {
    expect(formatDateRange({ from: '2014-10-16', to: '2014-12-03' })).toBe('16 Oct 2014 – 3 Dec 2014');
    expect(formatDateRange({ from: '2021-04-22', to: '2021-04-22' })).toBe('22 Apr 2021');
  });
});

describe('siteForHost', () => {
  it.each([
    ['www.voanews.com', 'voanews.com'],
    ['rmx.news', 'rmx.news'],
    ['WWW.BBC.CO.UK', 'bbc.co.uk'],
    ['zpravy.idnes.cz.', 'idnes.cz'],
    ['notvoanews.com', undefined],
    ['voanews.com.evil.example', undefined],
  ])('%s → %s', (host, site) => expect(siteForHost(host)).toBe(site));
});
