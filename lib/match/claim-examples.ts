/**
 * The claims' own examples, run through the whole matcher (names, then claims) by the data check
 * and the build: a pattern that misses its sentence, or an anchor the matcher does not find there,
 * fails the build like any other bad data.
 */
import { DATA_FILES } from '../dataset/files';
import type { Dataset } from '../dataset/schema';
import { buildIndex, type MatcherIndex, scanText } from './find-mentions';

/** What is wrong with the claims' examples: a sentence that should state its claim and does not, or the other way round. */
export function claimExampleProblems(dataset: Dataset, index: MatcherIndex = buildIndex(dataset)): string[] {
  const problems: string[] = [];
  for (const claim of dataset.claims ?? []) {
    const states = (sentence: string) => scanText(index, sentence, { claims: true }).claims.some((c) => c.claimId === claim.id);
    const at = `${DATA_FILES.claims}: claim "${claim.id}": examples`;
    for (const sentence of claim.examples.states) if (!states(sentence)) problems.push(`${at}: states: is not found in "${sentence}" (a pattern or an anchor name is missing)`);
    for (const sentence of claim.examples.doesNotState) if (states(sentence)) problems.push(`${at}: doesNotState: is found in "${sentence}"`);
  }
  return problems;
}
