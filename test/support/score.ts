/**
 * Scoring of predicted mentions against the annotated gold of ../shared/eval, by the rule
 * of its README: a prediction is correct when it overlaps a gold span of the same entity,
 * each gold span counting once; document-level entity precision and recall on top.
 */

/** One annotated document, as stored in ../shared/eval. */
export interface GoldDoc {
  id: string;
  lang: string;
  text: string;
  mentions: Array<{ start: number; end: number; text: string; entity: string }>;
}

/** A predicted mention, as the matcher reports it. */
export interface Predicted {
  start: number;
  end: number;
  entity: string;
}

/** Counts and their ratios. */
export interface Counts {
  correct: number;
  predicted: number;
  gold: number;
  found: number;
  precision: number;
  recall: number;
}

/** A false positive or a miss, with enough context to read it. */
export interface Miss {
  doc: string;
  lang: string;
  entity: string;
  text: string;
  context: string;
}

export interface Score {
  overall: Counts;
  byLang: Map<string, Counts & { docs: number }>;
  byEntity: Map<string, Counts>;
  documents: { entityPrecision: number; entityRecall: number };
  falsePositives: Miss[];
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function empty(): Omit<Counts, 'precision' | 'recall'> {
  return { correct: 0, predicted: 0, gold: 0, found: 0 };
}

function finish<T extends Omit<Counts, 'precision' | 'recall'>>(c: T): T & Counts {
  return { ...c, precision: ratio(c.correct, c.predicted), recall: ratio(c.found, c.gold) };
}

function contextOf(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 30), start)}[${text.slice(start, end)}]${text.slice(end, end + 30)}`.replace(/\s+/g, ' ');
}

/** Scores predictions for every document; `predict` runs the matcher under test. */
export function score(docs: readonly GoldDoc[], predict: (doc: GoldDoc) => Predicted[]): Score {
  const overall = empty();
  const byLang = new Map<string, ReturnType<typeof empty> & { docs: number }>();
  const byEntity = new Map<string, ReturnType<typeof empty>>();
  const falsePositives: Miss[] = [];
  const misses: Miss[] = [];
  let docGold = 0;
  let docPredicted = 0;
  let docBoth = 0;
  const bump = (lang: string, entity: string, key: keyof ReturnType<typeof empty>) => {
    overall[key]++;
    if (!byLang.has(lang)) byLang.set(lang, { ...empty(), docs: 0 });
    byLang.get(lang)![key]++;
    if (!byEntity.has(entity)) byEntity.set(entity, empty());
    byEntity.get(entity)![key]++;
  };

  for (const doc of docs) {
    if (!byLang.has(doc.lang)) byLang.set(doc.lang, { ...empty(), docs: 0 });
    byLang.get(doc.lang)!.docs++;
    const predictions = predict(doc);
    const matched = new Set<number>();
    for (const p of predictions) {
      bump(doc.lang, p.entity, 'predicted');
      const g = doc.mentions.findIndex((m, i) => !matched.has(i) && m.entity === p.entity && p.start < m.end && m.start < p.end);
      if (g >= 0) {
        matched.add(g);
        bump(doc.lang, p.entity, 'correct');
      } else {
        falsePositives.push({ doc: doc.id, lang: doc.lang, entity: p.entity, text: doc.text.slice(p.start, p.end), context: contextOf(doc.text, p.start, p.end) });
      }
    }
    doc.mentions.forEach((m, i) => {
      bump(doc.lang, m.entity, 'gold');
      if (matched.has(i)) bump(doc.lang, m.entity, 'found');
      else misses.push({ doc: doc.id, lang: doc.lang, entity: m.entity, text: m.text, context: contextOf(doc.text, m.start, m.end) });
    });
    const gold = new Set(doc.mentions.map((m) => m.entity));
    const predicted = new Set(predictions.map((p) => p.entity));
    docGold += gold.size;
    docPredicted += predicted.size;
    docBoth += [...gold].filter((e) => predicted.has(e)).length;
  }

  return {
    overall: finish(overall),
    byLang: new Map([...byLang].map(([k, v]) => [k, finish(v)])),
    byEntity: new Map([...byEntity].map(([k, v]) => [k, finish(v)])),
    documents: { entityPrecision: ratio(docBoth, docPredicted), entityRecall: ratio(docBoth, docGold) },
    falsePositives,
    misses,
  };
}
