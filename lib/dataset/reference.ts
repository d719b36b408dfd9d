/**
 * The project's reference list (data/reference.tsv): the ids, kinds and canonical names that
 * the dataset must use, one row each.
 */
import { DATA_FILES } from './files';
import type { Entity, Incident } from './schema';

/** A row of the reference list. */
export interface ReferenceRow {
  id: string;
  kind: string;
  name: string;
}

/** The reference list: a TSV with a header row `id kind canonical_name sheet_ref`. */
export function parseReference(tsv: string): ReferenceRow[] {
  const [header, ...rows] = tsv.trim().split('\n');
  if (header?.split('\t').slice(0, 3).join(' ') !== 'id kind canonical_name')
    throw new Error(`${DATA_FILES.reference}: the header must start with id, kind, canonical_name`);
  return rows.map((row) => {
    const [id = '', kind = '', name = ''] = row.split('\t');
    return { id, kind, name };
  });
}

export function checkReference(
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

