/**
 * The dataset's shape, as a runtime schema (valibot) from which the TypeScript types are
 * derived, so the validator and the code can never disagree about a field.
 */
import * as v from 'valibot';
import { DateString } from './dates';

export { DateString };

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

const WEB_PROTOCOLS = new Set(['https:', 'http:']);

/** Whether `value` parses as an address a reader's browser opens as a web page (no javascript:, data: or file:). */
export function isWebAddress(value: string): boolean {
  try {
    return WEB_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A bare, lowercase host name (`voanews.com`, `bbc.co.uk`): no scheme, path, port or trailing dot. */
export const HostName = v.pipe(
  v.string(),
  v.regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/, 'must be a bare host name such as voanews.com'),
);

/** Where a fact comes from: a page address, or one of the seed articles by file name. */
export const Source = v.pipe(
  v.strictObject({
    title: text,
    url: v.optional(v.pipe(v.string(), v.check(isWebAddress, 'must be an absolute https: or http: address'))),
    seed: v.optional(v.pipe(v.string(), v.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name'))),
  }),
  v.check((s) => s.url !== undefined || s.seed !== undefined, 'needs a url or a seed'),
);

/** One dated fact, in our own words, with at least one source. */
export const Fact = v.strictObject({
  date: DateString,
  text,
  sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source')),
});

/** A spelling of a name, with what the matcher must know about it. */
export const Alias = v.union([
  text,
  v.strictObject({
    text,
    /** Match only with this exact capitalisation (AP, GRU). */
    caseSensitive: v.optional(v.boolean()),
    /**
     * A name that is also a common phrase: match only with its capitals (Military Technical Institute, not
     * "a military technical institute"), in any case of the other letters. Names that begin with "The" get it
     * without saying so (The Insider).
     */
    capitalised: v.optional(v.boolean()),
    /** A declined form (Hamáčkem, Пескова) rather than a base form. */
    inflected: v.optional(v.boolean()),
    /** A cover name used by the person (Boshirov). */
    cover: v.optional(v.boolean()),
    /** Too common alone (Petrov, Smirnov, Bond): match only after a full name of the item in the same text. */
    needsContext: v.optional(v.boolean()),
    /** The matcher may apply its case-ending rules to this spelling. */
    inflects: v.optional(v.boolean()),
    /** Match only when one of these words (any case, no diacritics needed) stands within 40 words. */
    cues: v.optional(v.pipe(v.array(text), v.minLength(1, 'needs at least one cue word'))),
  }),
]);

/** Spellings by the language whose press writes them. */
const Aliases = v.record(v.picklist(['en', 'cs', 'sk', 'pl', 'sl', 'de', 'ru', 'uk', 'bg']), v.array(Alias));

export const Entity = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug')),
  kind: v.picklist(['person', 'organisation', 'place', 'document']),
  name: text,
  /** The name in its own language and script, where that differs. */
  native: v.optional(text),
  description: text,
  roles: v.optional(
    v.array(v.strictObject({ title: text, from: v.optional(DateString), to: v.optional(DateString) })),
  ),
  facts: v.pipe(v.array(Fact), v.minLength(2, 'needs at least two facts'), v.maxLength(5, 'has more than five facts')),
  aliases: Aliases,
  ambiguity: v.optional(text),
  /** Spellings that look like this item but name someone or something else; they are never matched. */
  namesakes: v.optional(v.array(text)),
  /**
   * The web domains of an outlet, on whose pages (and its subdomains') the outlet itself is not
   * marked. Only the outlet's own domains: voanews.com, and golosameriki.com for VOA's Russian service.
   */
  domains: v.optional(v.pipe(v.array(HostName), v.minLength(1, 'needs at least one domain'))),
  incidents: v.array(text),
});

export const Incident = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug')),
  title: text,
  date: v.strictObject({ from: DateString, to: v.optional(DateString) }),
  place: text,
  summary: text,
  /** Names and labels of the incident itself (MH17, "Skripal poisoning", "kauza Skripal"). */
  aliases: v.optional(Aliases),
  entities: v.pipe(v.array(text), v.minLength(1, 'needs at least one entity')),
  sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source')),
  corrections: v.optional(v.array(v.strictObject({ claim: text, correction: text, sources: v.array(Source) }))),
});

/** A span of days, both ends included. */
const Period = v.strictObject({ from: DateString, to: DateString });

/**
 * A claim that articles state and the record corrects or has overtaken: "more than 150,000 Russian
 * troops" (the EU corrected it to more than 100,000), "Acting Foreign Minister Jan Hamáček" (true
 * only on certain dates). The page marks the sentence that states it and a note gives the record.
 */
export const Claim = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug')),
  /** The items the claim is about; the note leads to the first one's card. */
  about: v.pipe(v.array(text), v.minLength(1, 'needs at least one item')),
  /**
   * Items of which one must be named in the claim's sentence or the one before it (inside a
   * quotation, also in the sentence that attributes it), so that a number or a phrase alone never fires.
   */
  anchors: v.pipe(v.array(text), v.minLength(1, 'needs at least one item')),
  /** What an article says, in a few words ("more than 150,000 Russian troops"). */
  says: text,
  /** What the record says, for an article written after `date` (or undated): the correction. */
  record: text,
  /** What came later, for an article written before `date` or while the claim held. */
  since: v.optional(text),
  /** The day (or month) the record was corrected or overtook the claim. */
  date: v.optional(DateString),
  /** When the claim itself was true (an acting title's terms). */
  held: v.optional(v.pipe(v.array(Period), v.minLength(1, 'needs at least one period'))),
  sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source')),
  /**
   * How a sentence states it: regular expressions over the folded text (lower case, no diacritics,
   * Cyrillic kept), where `{n:150000}` is that number in any common writing ("150,000", "150 000",
   * "150 tisíc", "150 тысяч") and `\b` a word's edge in any script.
   */
  patterns: v.pipe(v.array(text), v.minLength(1, 'needs at least one pattern')),
  /** A sentence (or the next) that also matches one of these gives the record itself ("hoax", "100,000"): no note. */
  unless: v.optional(v.array(text)),
  /** Sentences that state the claim and sentences that do not (same numbers or words): the data check runs them. */
  examples: v.strictObject({
    states: v.pipe(v.array(text), v.minLength(1, 'needs at least one sentence that states the claim')),
    doesNotState: v.pipe(v.array(text), v.minLength(1, 'needs at least one sentence that does not')),
  }),
});

export type Source = v.InferOutput<typeof Source>;
export type Fact = v.InferOutput<typeof Fact>;
export type Alias = v.InferOutput<typeof Alias>;
export type Entity = v.InferOutput<typeof Entity>;
export type Incident = v.InferOutput<typeof Incident>;
export type Claim = v.InferOutput<typeof Claim>;

/** What the dataset covers and how current it is: told to the reader in the popup and on the welcome page. */
export const About = v.strictObject({
  /** The subject, in a few words. */
  scope: text,
  /** The years its incidents fall in. */
  period: v.strictObject({ from: DateString, to: DateString }),
  /** The day its facts were last checked against the fact sheet. */
  asOf: DateString,
});
export type About = v.InferOutput<typeof About>;

/** An entity's reader-facing texts in a second language: one for each English text, in its order. */
export const EntityTexts = v.strictObject({
  description: text,
  /** The roles' titles. */
  roles: v.optional(v.array(text)),
  /** The facts' texts. */
  facts: v.array(text),
});
export type EntityTexts = v.InferOutput<typeof EntityTexts>;

/** An incident's reader-facing texts in a second language. */
export const IncidentTexts = v.strictObject({
  title: text,
  place: text,
  summary: text,
  corrections: v.optional(v.array(v.strictObject({ claim: text, correction: text }))),
});
export type IncidentTexts = v.InferOutput<typeof IncidentTexts>;

/** A claim's reader-facing texts in a second language. */
export const ClaimTexts = v.strictObject({ says: text, record: text, since: v.optional(text) });
export type ClaimTexts = v.InferOutput<typeof ClaimTexts>;

/** The languages the dataset's texts are written in besides English. */
export const TEXT_LANGUAGES = ['cs'] as const;
export type TextLanguage = 'en' | (typeof TEXT_LANGUAGES)[number];

/** A second language's texts, by item id (data/entities.cs.json, data/incidents.cs.json). */
export interface Translation {
  entities: Readonly<Record<string, EntityTexts>>;
  incidents: Readonly<Record<string, IncidentTexts>>;
  claims?: Readonly<Record<string, ClaimTexts>>;
}

/** The whole bundled dataset. */
export interface Dataset {
  entities: readonly Entity[];
  incidents: readonly Incident[];
  /** Claims that articles state and the record corrects. */
  claims?: readonly Claim[];
  /** Its texts in other languages than English, where written. */
  translations?: Readonly<Partial<Record<Exclude<TextLanguage, 'en'>, Translation>>>;
}
