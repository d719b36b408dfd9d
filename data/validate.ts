/**
 * The dataset validator: the schema, then the checks that span items (unique ids,
 * references both ways, aliases that lead to two entities). Each problem names the file,
 * the item and the field, so a broken dataset says exactly where it is broken.
 */
import * as v from 'valibot';
import { fold } from '../lib/normalize';
import { spellingsOf } from '../lib/spellings';
import { Entity, Incident } from './schema';

/** Raw contents of the dataset's files, before validation. */
export interface RawDataset {
  entities: unknown;
  incidents: unknown;
}

/** Where each part of the dataset lives, for messages. */
export const DATA_FILES = {
  entities: 'data/entities.json',
  incidents: 'data/incidents.json',
  reference: 'data/reference.tsv',
} as const;

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

/** A row of the project's reference list (data/reference.tsv): the ids and names the dataset must use. */
export interface ReferenceRow {
  id: string;
  kind: string;
  name: string;
}

/** Every row of the reference list must be in the dataset, with its kind and canonical name. */
function checkReference(
  reference: readonly ReferenceRow[],
  entities: Map<string, Entity>,
  incidents: Map<string, Incident>,
  problems: string[],
): void {
  for (const row of reference) {
    if (row.kind === 'incident') {
      const incident = incidents.get(row.id);
      if (!incident) problems.push(`${DATA_FILES.incidents}: incident "${row.id}": missing (listed in ${DATA_FILES.reference})`);
      else if (incident.title !== row.name)
        problems.push(`${DATA_FILES.incidents}: incident "${row.id}": title: must be "${row.name}" as in ${DATA_FILES.reference}`);
      continue;
    }
    const entity = entities.get(row.id);
    if (!entity) problems.push(`${DATA_FILES.entities}: entity "${row.id}": missing (listed in ${DATA_FILES.reference})`);
    else {
      if (entity.name !== row.name) problems.push(`${DATA_FILES.entities}: entity "${row.id}": name: must be "${row.name}" as in ${DATA_FILES.reference}`);
      if (entity.kind !== row.kind) problems.push(`${DATA_FILES.entities}: entity "${row.id}": kind: must be "${row.kind}" as in ${DATA_FILES.reference}`);
    }
  }
}

/** All problems of the dataset; an empty list means it is valid. `reference` adds the reference-list check. */
export function validateDataset(raw: RawDataset, reference?: readonly ReferenceRow[]): string[] {
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
  return problems;
}
