import { describe, expect, it } from 'vitest';
import entities from '../../data/entities.json';
import incidents from '../../data/incidents.json';
import about from '../../data/about.json';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReference } from '../../lib/dataset/reference';
import { validateDataset } from '../../lib/dataset/validate';

const reference = parseReference(readFileSync(path.join(__dirname, '../../data/reference.tsv'), 'utf8'));

type Json = Record<string, unknown> & { id: string };
const clone = <T>(value: T): T => structuredClone(value);

/** The real dataset with one change applied to a copy. */
function broken(change: (e: Json[], i: Json[]) => void): string[] {
  const e = clone(entities) as unknown as Json[];
  const i = clone(incidents) as unknown as Json[];
  change(e, i);
  return validateDataset({ entities: e, incidents: i }).problems;
}

const peskov = (e: Json[]) => e.find((x) => x.id === 'dmitry-peskov') as Json & { facts: Array<Record<string, unknown>>; aliases: Record<string, unknown[]>; incidents: string[] };

const voa = (e: Json[]) => e.find((x) => x.id === 'voice-of-america') as Json & { domains?: string[] };

describe('validateDataset', () => {
  it('accepts the bundled dataset, with every item of the reference list', () => {
    expect(reference).toHaveLength(100);
    expect(validateDataset({ entities, incidents }, reference).problems).toEqual([]);
  });

  it('checks that every Czech text has its English counterpart', () => {
    const peskovFacts = (entities as unknown as Json[]).find((e) => e.id === 'dmitry-peskov')!.facts as unknown[];
    const good = { entities: { 'dmitry-peskov': { description: 'Mluvčí Kremlu.', facts: peskovFacts.map(() => 'Fakt.'), roles: ['a', 'b'] } }, incidents: {} };
    expect(validateDataset({ entities, incidents, cs: good }).problems).toEqual([]);
    const problems = validateDataset({
      entities,
      incidents,
      cs: {
        entities: { nobody: { description: 'Nikdo.', facts: [] }, 'dmitry-peskov': { description: 'Mluvčí Kremlu.', facts: ['Jen jeden fakt.'] } },
        incidents: { 'mh17-2014': { title: '', place: 'Ukrajina', summary: 'Sestřelení letu MH17.' } },
      },
    }).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'data/entities.cs.json: "nobody": no item of that id in the English data',
        `data/entities.cs.json: "dmitry-peskov": facts: 1 where English has ${peskovFacts.length}`,
        'data/entities.cs.json: "dmitry-peskov": roles: none where English has 2',
        'data/incidents.cs.json: mh17-2014.title: must not be empty',
      ]),
    );
  });

  it('accepts the bundled scope record, and names what is wrong with a broken one', () => {
    expect(validateDataset({ entities, incidents, about }).problems).toEqual([]);
    expect(validateDataset({ entities, incidents, about: { ...about, scope: '' } }).problems).toEqual(['data/about.json: scope: must not be empty']);
    expect(validateDataset({ entities, incidents, about: { ...about, asOf: '2026-13-01' } }).problems).toEqual(['data/about.json: asOf: is not a real calendar date']);
    expect(validateDataset({ entities, incidents, about: { ...about, period: { from: '2015', to: '2022' } } }).problems.join('\n')).toMatch(
      /data\/about\.json: period: 2015–2022 leaves out incident "[a-z0-9-]+" of 2014/,
    );
  });

  it.each([
    ['a missing entity', [{ id: 'nobody', kind: 'person', name: 'Nobody' }], /entity "nobody": missing \(listed in data\/reference\.tsv\)/],
    ['a renamed entity', [{ id: 'dmitry-peskov', kind: 'person', name: 'D. Peskov' }], /entity "dmitry-peskov": name: must be "D\. Peskov"/],
    ['a wrong kind', [{ id: 'gru', kind: 'place', name: 'GRU' }], /entity "gru": kind: must be "place"/],
    ['a missing incident', [{ id: 'no-incident', kind: 'incident', name: 'X' }], /incident "no-incident": missing/],
    ['a retitled incident', [{ id: 'mh17-2014', kind: 'incident', name: 'MH17' }], /incident "mh17-2014": title: must be "MH17"/],
  ])('checks the reference list: %s', (_what, rows, message) => {
    expect(validateDataset({ entities, incidents }, rows).problems.join('\n')).toMatch(message);
  });

  it('rejects a reference list without its header', () => {
    expect(() => parseReference('a\tb\nc\td')).toThrow(/header must start with id, kind, canonical_name/);
  });

  it.each<[string, (e: Json[], i: Json[]) => void, RegExp]>([
    ['a file that is not an array', (e) => e.splice(0, e.length, ...([{ not: 'an entity' }] as unknown as Json[])), /entity #0: id: /],
    ['an impossible date', (e) => (peskov(e).facts[0]!.date = '2021-02-30'), /data\/entities\.json: entity "dmitry-peskov": facts\[0\]\.date: is not a real calendar date/],
    ['a date in the wrong form', (e) => (peskov(e).facts[0]!.date = '8 July 2020'), /facts\[0\]\.date: must be YYYY/],
    ['a fact without a source', (e) => (peskov(e).facts[0]!.sources = []), /facts\[0\]\.sources: needs at least one source/],
    ['a javascript: source', (e) => (peskov(e).facts[0]!.sources = [{ title: 'x', url: 'javascript:alert(1)' }]), /facts\[0\]\.sources\[0\]\.url: must be an absolute https: or http: address/],
    ['a relative source address', (e) => (peskov(e).facts[0]!.sources = [{ title: 'x', url: '/news/1' }]), /sources\[0\]\.url: must be an absolute/],
    ['a source with neither url nor seed', (e) => (peskov(e).facts[0]!.sources = [{ title: 'Somewhere' }]), /facts\[0\]\.sources\[0\]: needs a url or a seed/],
    ['an empty description', (e) => (peskov(e).description = '  '), /"dmitry-peskov": description: must not be empty/],
    ['an unknown field', (e) => (peskov(e).nickname = 'x'), /"dmitry-peskov": nickname: /],
    ['a duplicate id', (e) => e.push(clone(peskov(e))), /entity "dmitry-peskov": id: is used more than once/],
    ['an incident that does not exist', (e) => peskov(e).incidents.push('no-such-incident'), /"dmitry-peskov": incidents: no incident "no-such-incident"/],
    ['a one-way reference', (e) => (peskov(e).incidents = []), /incident "vrbetice-attribution-expulsions-2021": entities: lists "dmitry-peskov", whose incidents do not list/],
    ['an incident naming a missing entity', (_e, i) => (i[0]!.entities as string[]).push('nobody'), /incident "vrbetice-explosions-2014": entities: no entity "nobody"/],
    ['an alias shared without an ambiguity note', (e) => {
      const gru = e.find((x) => x.id === 'gru') as Json & { aliases: Record<string, unknown[]> };
      delete gru.ambiguity;
      gru.aliases.en!.push('Peskov');
    }, /entity "gru": aliases: "peskov" also names "dmitry-peskov"/],
    ['a domain with a scheme', (e) => (voa(e).domains = ['https://voanews.com']), /data\/entities\.json: entity "voice-of-america": domains\[0\]: must be a bare host name such as voanews\.com/],
    ['a domain with a path', (e) => (voa(e).domains = ['voanews.com/a/europe']), /entity "voice-of-america": domains\[0\]: must be a bare host name/],
    ['a domain with a port', (e) => (voa(e).domains = ['voanews.com:443']), /entity "voice-of-america": domains\[0\]: must be a bare host name/],
    ['an uppercase domain', (e) => (voa(e).domains = ['voanews.com', 'GolosAmeriki.com']), /entity "voice-of-america": domains\[1\]: must be a bare host name/],
    ['an empty list of domains', (e) => (voa(e).domains = []), /entity "voice-of-america": domains: needs at least one domain/],
    ['a domain listed by two entities', (e) => (e.find((x) => x.id === 'remix')!.domains = ['rmx.news', 'voanews.com']), /data\/entities\.json: entity "voice-of-america": domains: "voanews\.com" is also listed by "remix"/],
  ])('reports %s', (_what, change, message) => {
    const problems = broken(change);
    expect(problems.join('\n')).toMatch(message);
  });

  it('names a plain http: source so that it can be upgraded, without failing the data', () => {
    const e = clone(entities) as unknown as Json[];
    peskov(e).facts[0]!.sources = [{ title: 'Old page', url: 'http://example.org/old' }];
    const { problems, warnings } = validateDataset({ entities: e, incidents });
    expect(problems).toEqual([]);
    expect(warnings).toContain('data/entities.json: entity "dmitry-peskov": facts[0].sources[0].url: http://example.org/old is plain http: (upgrade it to https: where the site serves it)');
  });
});
