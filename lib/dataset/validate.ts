/**
 * The dataset validator: the schema, then the checks that span items (unique ids,
 * references both ways, aliases that lead to two entities, a domain listed by two outlets).
 * Each problem names the file, the item and the field, so a broken dataset says exactly
 * where it is broken.
 */
import * as v from 'valibot';
import { fold } from '../text/normalize';
import { DATA_FILES } from './files';
import { checkReference, type ReferenceRow } from './reference';
import { compileClaimPattern } from './claim-pattern';
import { About, Claim, ClaimTexts, Entity, EntityTexts, Incident, IncidentTexts } from './schema';
import { spellingsOf } from './spellings';

/** Raw contents of the dataset's files, before validation. */
export interface RawDataset {
  entities: unknown;
  incidents: unknown;
  /** The scope record (data/about.json); checked when given. */
  about?: unknown;
  /** The claims that articles state and the record corrects (data/claims.json); checked when given. */
  claims?: unknown;
  /** The Czech texts (data/entities.cs.json, data/incidents.cs.json, data/claims.cs.json); checked when given. */
  cs?: { entities: unknown; incidents: unknown; claims?: unknown };
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
}

function labelOf(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `"${id}"` : `#${index}`;
}

/** Validates every item of one file against its schema; returns the valid items. */
function checkItems<T>(
  file: string,
  kind: string,
  raw: unknown,
  schema: v.GenericSchema<unknown, T>,
  problems: string[],
): T[] {
  if (!Array.isArray(raw)) {
    problems.push(`${file}: must hold an array of ${kind}s`);
    return [];
  }
  const valid: T[] = [];
  raw.forEach((item, index) => {
    const result = v.safeParse(schema, item);
    if (result.success) valid.push(result.output);
    else for (const issue of result.issues) problems.push(`${file}: ${kind} ${labelOf(item, index)}: ${pathOf(issue).replace(/^\./, '') || '(item)'}: ${issue.message}`);
  });
  return valid;
}

function checkUnique(file: string, kind: string, ids: string[], problems: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${file}: ${kind} "${id}": id: is used more than once`);
    seen.add(id);
  }
}

/** Every reference of `items` must exist, and the item it names must refer back. */
function checkLinks<A extends { id: string }, B extends { id: string }>(
  file: string,
  kind: string,
  items: A[],
  refsOf: (item: A) => string[],
  field: string,
  targetKind: string,
  targets: Map<string, B>,
  backRefsOf: (target: B) => string[],
  problems: string[],
): void {
  for (const item of items) {
    for (const id of refsOf(item)) {
      const target = targets.get(id);
      if (!target) problems.push(`${file}: ${kind} "${item.id}": ${field}: no ${targetKind} "${id}"`);
      else if (!backRefsOf(target).includes(item.id))
        problems.push(`${file}: ${kind} "${item.id}": ${field}: lists "${id}", whose ${kind === 'entity' ? 'entities' : 'incidents'} do not list "${item.id}"`);
    }
  }
}

/** A domain belongs to one outlet: listed by two, it would silence both on that site, and one of them is a slip. */
function checkDomains(file: string, entities: readonly Entity[], problems: string[]): void {
  const owners = new Map<string, string>();
  for (const entity of entities) {
    for (const domain of new Set(entity.domains ?? [])) {
      const owner = owners.get(domain);
      if (owner) problems.push(`${file}: entity "${entity.id}": domains: "${domain}" is also listed by "${owner}"`);
      else owners.set(domain, entity.id);
    }
  }
}

/**
 * Each claim's items must exist, its patterns compile, and a claim that time can change (a date,
 * or the terms it held) must say what came later. Its examples are run by the data check, which
 * has the matcher (lib/match/claim-examples.ts).
 */
function checkClaims(raw: unknown, items: ReadonlyMap<string, unknown>, problems: string[]): Claim[] {
  const file = DATA_FILES.claims;
  const claims = checkItems(file, 'claim', raw, Claim, problems);
  checkUnique(file, 'claim', claims.map((c) => c.id), problems);
  for (const claim of claims) {
    const at = `${file}: claim "${claim.id}"`;
    for (const field of ['about', 'anchors'] as const)
      for (const id of claim[field]) if (!items.has(id)) problems.push(`${at}: ${field}: no entity or incident "${id}"`);
    for (const field of ['patterns', 'unless'] as const)
      (claim[field] ?? []).forEach((source, i) => {
        try {
          compileClaimPattern(source);
        } catch (error) {
          problems.push(`${at}: ${field}[${i}]: does not compile: ${(error as Error).message}`);
        }
      });
    if ((claim.date || claim.held) && !claim.since) problems.push(`${at}: since: needed, for articles written before ${claim.date ?? 'or while it held'}`);
    if (claim.since && !claim.date && !claim.held) problems.push(`${at}: since: has no date or terms to follow`);
    for (const { from, to } of claim.held ?? []) if (from > to) problems.push(`${at}: held: ${from} is after ${to}`);
  }
  return claims;
}

/** What the validator found: problems fail the build, warnings are printed for the data's authors. */
export interface DatasetReport {
  problems: string[];
  warnings: string[];
}

/** Checks the dataset; no problems means it is valid. `reference` adds the reference-list check. */
/** The scope record must parse, and its period must hold every incident's year. */
function checkAbout(raw: unknown, incidents: readonly Incident[], problems: string[]): void {
  const file = DATA_FILES.about;
  const result = v.safeParse(About, raw);
  if (!result.success) {
    for (const issue of result.issues) problems.push(`${file}: ${pathOf(issue).replace(/^\./, '') || '(record)'}: ${issue.message}`);
    return;
  }
  const { from, to } = result.output.period;
  for (const incident of incidents) {
    const year = incident.date.from.slice(0, 4);
    if (year < from.slice(0, 4) || year > to.slice(0, 4)) problems.push(`${file}: period: ${from}–${to} leaves out incident "${incident.id}" of ${year}`);
  }
}

/**
 * A translation's texts must each have their English counterpart: an item that exists, and one
 * text for each English text (every fact, every role, every correction), in the same order.
 */
function checkTranslation(raw: NonNullable<RawDataset['cs']>, entities: readonly Entity[], incidents: readonly Incident[], claims: readonly Claim[], problems: string[]): void {
  const check = <T, I extends { id: string }>(file: string, value: unknown, schema: v.GenericSchema<unknown, T>, items: readonly I[], counterpart: (texts: T, item: I) => string[]) => {
    const result = v.safeParse(v.record(v.string(), schema), value);
    if (!result.success) {
      for (const issue of result.issues) problems.push(`${file}: ${pathOf(issue).replace(/^\./, '') || '(file)'}: ${issue.message}`);
      return;
    }
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const [id, texts] of Object.entries(result.output)) {
      const item = byId.get(id);
      if (!item) problems.push(`${file}: "${id}": no item of that id in the English data`);
      else for (const problem of counterpart(texts, item)) problems.push(`${file}: "${id}": ${problem}`);
    }
  };
  const count = (field: string, translated: readonly unknown[] | undefined, english: readonly unknown[] | undefined) =>
    (translated?.length ?? -1) === (english?.length ?? -1) ? [] : [`${field}: ${translated?.length ?? 'none'} where English has ${english?.length ?? 'none'}`];
  check(DATA_FILES.entitiesCs, raw.entities, EntityTexts, entities, (t, e) => [...count('facts', t.facts, e.facts), ...count('roles', t.roles, e.roles)]);
  check(DATA_FILES.incidentsCs, raw.incidents, IncidentTexts, incidents, (t, i) => count('corrections', t.corrections, i.corrections));
  if (raw.claims !== undefined)
    check(DATA_FILES.claimsCs, raw.claims, ClaimTexts, claims, (t, c) => (!t.since === !c.since ? [] : [`since: ${t.since ? 'given' : 'missing'} where English has ${c.since ? 'one' : 'none'}`]));
}

export function validateDataset(raw: RawDataset, reference?: readonly ReferenceRow[]): DatasetReport {
  const problems: string[] = [];
  const ef = DATA_FILES.entities;
  const inf = DATA_FILES.incidents;
  const entities = checkItems(ef, 'entity', raw.entities, Entity, problems);
  const incidents = checkItems(inf, 'incident', raw.incidents, Incident, problems);
  checkUnique(ef, 'entity', entities.map((e) => e.id), problems);
  checkUnique(inf, 'incident', incidents.map((i) => i.id), problems);

  const entityById = new Map(entities.map((e) => [e.id, e]));
  const incidentById = new Map(incidents.map((i) => [i.id, i]));
  checkLinks(ef, 'entity', entities, (e) => e.incidents, 'incidents', 'incident', incidentById, (i) => i.entities, problems);
  checkLinks(inf, 'incident', incidents, (i) => i.entities, 'entities', 'entity', entityById, (e) => e.incidents, problems);

  if (reference) checkReference(reference, entityById, incidentById, problems);
  checkDomains(ef, entities, problems);
  if ('about' in raw) checkAbout(raw.about, incidents, problems);
  const claims = raw.claims === undefined ? [] : checkClaims(raw.claims, new Map<string, unknown>([...entityById, ...incidentById]), problems);
  if (raw.cs) checkTranslation(raw.cs, entities, incidents, claims, problems);

  // An alias that leads to two items makes the card a coin toss, unless both entities say so.
  const owners = new Map<string, Entity | Incident>();
  for (const item of [...entities, ...incidents]) {
    const file = 'name' in item ? ef : inf;
    const kind = 'name' in item ? 'entity' : 'incident';
    for (const spelling of new Set(spellingsOf(item).map((a) => fold(a.text)))) {
      const owner = owners.get(spelling);
      const excused = owner && 'ambiguity' in item && item.ambiguity && 'ambiguity' in owner && owner.ambiguity;
      if (owner && owner.id !== item.id && !excused)
        problems.push(`${file}: ${kind} "${item.id}": aliases: "${spelling}" also names "${owner.id}" and neither marks the ambiguity`);
      else owners.set(spelling, item);
    }
  }
  return { problems, warnings: [...plainHttpSources(ef, 'entity', entities), ...plainHttpSources(inf, 'incident', incidents)] };
}

/** Every `http:` source address, named by file, item and field, so that it can be upgraded to `https:`. */
function plainHttpSources(file: string, kind: string, items: ReadonlyArray<{ id: string }>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, at: string, id: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`, id));
    else if (typeof value === 'object' && value !== null)
      for (const [key, v] of Object.entries(value)) {
        const field = at ? `${at}.${key}` : key;
        if (key === 'url' && typeof v === 'string' && new URL(v).protocol === 'http:')
          found.push(`${file}: ${kind} "${id}": ${field}: ${v} is plain http: (upgrade it to https: where the site serves it)`);
        else walk(v, field, id);
      }
  };
  for (const item of items) walk(item, '', item.id);
  return found;
}
