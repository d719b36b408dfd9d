import { describe, expect, it } from 'vitest';
import { dataset } from '../../data';
import { formatDate, formatDateRange } from '../../components/format';
import { cardFor } from '../../lib/dataset/card';
import { textLanguageFor } from '../../lib/dataset/localize';
import { createCatalog, findingsOf, NO_FINDINGS, ownOutlets } from '../../lib/dataset/catalog';
import { connectingIncidents, rankIncidents } from '../../lib/dataset/rank';
import { countByItem } from '../../lib/match/mention';
import { siteForHost } from '../../lib/ext/sites';

const catalog = createCatalog(dataset);
const rank = (counts: Array<{ id: string; count: number }>) => rankIncidents(catalog, findingsOf(catalog, counts));

describe('rankIncidents', () => {
  it('puts the incident that connects most of the page first', () => {
    const ranked = rank([
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
    const ranked = rank([
      { id: 'jan-hamacek', count: 5 },
      { id: 'mh17-2014', count: 1 },
    ]);
    expect(ranked[0]!.incident.id).toBe('mh17-2014');
    expect(ranked.slice(1).every((r) => r.entityIds.includes('jan-hamacek'))).toBe(true);
  });

  it('lists nothing when no entity was found', () => {
    expect(rankIncidents(catalog, NO_FINDINGS)).toEqual([]);
  });

  it('looks items up by id', () => {
    expect(catalog.entity('dmitry-peskov')?.name).toBe('Dmitry Peskov');
    expect(catalog.incident('nope')).toBeUndefined();
  });
});

describe('connectingIncidents', () => {
  it('never calls an incident reached through one name alone "connecting"', () => {
    // A story that names Peskov and nothing else of his incidents: his COVID-19 case is his card's, not the page's.
    const peskovOnly = findingsOf(catalog, [{ id: 'dmitry-peskov', count: 4 }]);
    expect(rankIncidents(catalog, peskovOnly).map((r) => r.incident.id)).toContain('peskov-covid-2020');
    expect(connectingIncidents(catalog, peskovOnly)).toEqual([]);
  });

  it('keeps the incidents the page names and those that connect two or more of its names, in the ranking’s order', () => {
    const findings = findingsOf(catalog, [
      { id: 'dmitry-peskov', count: 2 },
      { id: 'jan-hamacek', count: 3 },
      { id: 'vrbetice', count: 1 },
      { id: 'mh17-2014', count: 1 },
    ]);
    const connecting = connectingIncidents(catalog, findings);
    expect(connecting[0]!.incident.id).toBe('mh17-2014');
    expect(connecting.slice(1).every((r) => r.entityIds.length >= 2)).toBe(true);
    expect(connecting.map((r) => r.incident.id)).not.toContain('peskov-covid-2020');
    const ranked = rankIncidents(catalog, findings).map((r) => r.incident.id);
    expect(connecting.map((r) => r.incident.id)).toEqual(ranked.filter((id) => connecting.some((r) => r.incident.id === id)));
  });
});

describe('findingsOf', () => {
  it('tells entities from incidents, and drops ids the dataset does not know', () => {
    const findings = findingsOf(catalog, [{ id: 'dmitry-peskov', count: 2 }, { id: 'mh17-2014', count: 1 }, { id: 'nobody', count: 1 }]);
    expect(findings).toEqual({ entities: [{ id: 'dmitry-peskov', count: 2 }], incidents: [{ id: 'mh17-2014', count: 1 }] });
  });
});

describe('cardFor', () => {
  it("orders an entity's incidents by the page's ranking, not the data's order", () => {
    const findings = findingsOf(catalog, [
      { id: 'dmitry-peskov', count: 2 },
      { id: 'jan-hamacek', count: 3 },
      { id: 'gru', count: 1 },
      { id: 'vrbetice', count: 1 },
    ]);
    const card = cardFor(catalog, 'dmitry-peskov', findings);
    expect(card?.kind).toBe('entity');
    if (card?.kind !== 'entity') return;
    const ranked = rankIncidents(catalog, findings).map((r) => r.incident.id).filter((id) => catalog.entity('dmitry-peskov')!.incidents.includes(id));
    expect(card.incidents.map((i) => i.id)).toEqual(ranked);
    expect(new Set(card.incidents.map((i) => i.id))).toEqual(new Set(catalog.entity('dmitry-peskov')!.incidents));
    // The ranking differs from the data's order here, so the test tells them apart.
    expect(card.incidents.map((i) => i.id)).not.toEqual(catalog.entity('dmitry-peskov')!.incidents);
  });

  it("lists an incident's people with those the page names first", () => {
    const card = cardFor(catalog, 'vrbetice-attribution-expulsions-2021', findingsOf(catalog, [{ id: 'dmitry-peskov', count: 1 }]));
    expect(card?.kind === 'incident' && card.involved[0]).toBe('Dmitry Peskov');
  });

  it('has no card for an unknown id', () => {
    expect(cardFor(catalog, 'nobody', NO_FINDINGS)).toBeUndefined();
  });
});

describe('countByItem', () => {
  it('counts and orders by count, then id', () => {
    const m = (entityId: string) => ({ start: 0, end: 1, entityId, alias: 'x', how: 'exact' as const });
    expect(countByItem([m('b'), m('a'), m('b'), m('c')])).toEqual([
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

describe('ownOutlets', () => {
  it.each([
    ['www.voanews.com', ['voice-of-america']],
    ['voanews.com', ['voice-of-america']],
    ['WWW.VOANEWS.COM.', ['voice-of-america']],
    ['www.golosameriki.com', ['voice-of-america']],
    ['rmx.news', ['remix']],
    ['apnews.com', ['ap']],
    ['example.org', []],
    ['notvoanews.com', []],
    ['voanews.com.evil.example', []],
    ['', []],
  ])('%s → %j', (host, ids) => expect([...ownOutlets(catalog, host)]).toEqual(ids));

  it('gives every listed domain to exactly one outlet', () => {
    const listed = dataset.entities.flatMap((e) => (e.domains ?? []).map((d) => [d, e.id] as const));
    expect(listed.length).toBeGreaterThan(0);
    for (const [domain, id] of listed) expect([...ownOutlets(catalog, `www.${domain}`)]).toEqual([id]);
  });
});

describe('cards in the reader’s language', () => {
  const peskov = catalog.entity('dmitry-peskov')!;
  const mh17 = catalog.incident('mh17-2014')!;
  const withCzech = createCatalog({
    ...dataset,
    translations: {
      cs: {
        entities: { 'dmitry-peskov': { description: 'Mluvčí Kremlu.', roles: peskov.roles!.map(() => 'Tiskový mluvčí'), facts: peskov.facts.map((_, i) => `Fakt ${i + 1}.`) } },
        incidents: { 'mh17-2014': { title: 'Sestřelení letu MH17', place: 'Východní Ukrajina', summary: 'Shrnutí.' } },
      },
    },
  });

  it('shows the Czech texts where the data has them, and says the card is in Czech', () => {
    const card = cardFor(withCzech, 'dmitry-peskov', NO_FINDINGS, 'cs');
    expect(card).toMatchObject({ kind: 'entity', lang: 'cs', entity: { description: 'Mluvčí Kremlu.' } });
    if (card?.kind !== 'entity') return;
    expect(card.entity.facts.map((f) => [f.text, f.date, f.sources])).toEqual(peskov.facts.map((f, i) => [`Fakt ${i + 1}.`, f.date, f.sources]));
    const incident = cardFor(withCzech, 'mh17-2014', NO_FINDINGS, 'cs');
    expect(incident).toMatchObject({ kind: 'incident', lang: 'cs', incident: { title: 'Sestřelení letu MH17', sources: mh17.sources } });
  });

  it('falls back to English, and says so, where the data has no Czech, or for another language', () => {
    expect(cardFor(withCzech, 'vladimir-putin', NO_FINDINGS, 'cs')).toMatchObject({ lang: 'en', entity: { description: catalog.entity('vladimir-putin')!.description } });
    expect(cardFor(withCzech, 'dmitry-peskov', NO_FINDINGS, 'en')).toMatchObject({ lang: 'en', entity: { description: peskov.description } });
    expect(textLanguageFor('cs-CZ')).toBe('cs');
    expect(textLanguageFor('sk')).toBe('en');
  });
});
