/**
 * `npm run data:check`: validates the dataset files and exits non-zero with every problem
 * listed; warnings (plain http: sources) are printed but pass. The build runs the same check
 * (wxt.config.ts), so bad data never ships.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES } from '../dataset/files';
import { parseReference } from '../dataset/reference';
import type { Claim, Dataset, Entity, Incident } from '../dataset/schema';
import { type DatasetReport, validateDataset } from '../dataset/validate';
import { claimExampleProblems } from '../match/claim-examples';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(path.join(root, file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates the dataset files; a file that cannot be read or parsed is a problem too. */
export async function checkDatasetFiles(): Promise<DatasetReport> {
  try {
    const [entities, incidents, about, entitiesCs, incidentsCs, claims, claimsCs, tsv] = await Promise.all([
      readJson(DATA_FILES.entities),
      readJson(DATA_FILES.incidents),
      readJson(DATA_FILES.about),
      readJson(DATA_FILES.entitiesCs),
      readJson(DATA_FILES.incidentsCs),
      readJson(DATA_FILES.claims),
      readJson(DATA_FILES.claimsCs),
      readFile(path.join(root, DATA_FILES.reference), 'utf8'),
    ]);
    const report = validateDataset({ entities, incidents, about, claims, cs: { entities: entitiesCs, incidents: incidentsCs, claims: claimsCs } }, parseReference(tsv));
    if (report.problems.length > 0) return report;
    // Valid, so the files are the dataset: the claims' examples can run through the matcher.
    const dataset: Dataset = { entities: entities as Entity[], incidents: incidents as Incident[], claims: claims as Claim[] };
    return { ...report, problems: claimExampleProblems(dataset) };
  } catch (error) {
    return { problems: [(error as Error).message], warnings: [] };
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { problems, warnings } = await checkDatasetFiles();
  for (const w of warnings) console.warn(`data:check: warning: ${w}`);
  if (problems.length > 0) {
    console.error(`data:check: ${problems.length} problem(s) in the dataset:`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`data:check: the dataset is valid${warnings.length ? ` (${warnings.length} warning(s) above)` : ''}.`);
}
