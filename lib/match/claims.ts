/**
 * Claims: sentences that state something the record corrects (claims in the dataset). A claim's
 * pattern must match the folded sentence, and one of its anchor items must be named in that
 * sentence or the one before it (inside a quotation, also in the sentence that attributes it:
 * news prose puts the speaker after the quote), so that a number or a phrase alone never fires.
 * The pass costs nothing on a text that names none of the anchors.
 */
import { compileClaimPattern } from '../dataset/claim-pattern';
import type { Claim } from '../dataset/schema';
import type { Mention } from './mention';

/** What the matcher keeps of a claim (the compiled index stores it; the texts stay in the dataset). */
export interface ClaimRule {
  id: string;
  about: readonly string[];
  anchors: readonly string[];
  patterns: readonly string[];
  unless: readonly string[];
}

/** A rule ready to search: its patterns compiled the first time a text names one of its anchors. */
export interface LoadedClaim {
  id: string;
  about: readonly string[];
  anchors: ReadonlySet<string>;
  compiled(): { patterns: readonly RegExp[]; unless: readonly RegExp[] };
}

/** The claims of a dataset, ready to search many texts. */
export interface ClaimIndex {
  claims: readonly LoadedClaim[];
  /** Every claim's anchors: a text naming none of them is not searched. */
  anchors: ReadonlySet<string>;
}

/** A sentence that states a claim: its span in the original text. */
export interface ClaimSpan {
  start: number;
  end: number;
  claimId: string;
  about: readonly string[];
}

/** The matcher's part of the dataset's claims. */
export function claimRules(claims: readonly Claim[]): ClaimRule[] {
  return claims.map(({ id, about, anchors, patterns, unless = [] }) => ({ id, about, anchors, patterns, unless }));
}

export function loadClaims(rules: readonly ClaimRule[]): ClaimIndex {
  const claims = rules.map((r): LoadedClaim => {
    // Compiling a pattern of Unicode classes costs Firefox milliseconds each: only a page that needs it pays.
    let made: ReturnType<LoadedClaim['compiled']> | undefined;
    return {
      id: r.id,
      about: r.about,
      anchors: new Set(r.anchors),
      compiled: () => (made ??= { patterns: r.patterns.map(compileClaimPattern), unless: r.unless.map(compileClaimPattern) }),
    };
  });
  return { claims, anchors: new Set(claims.flatMap((c) => [...c.anchors])) };
}

/** Quotation marks of every house style; they alternate, whichever opens ("…", “…”, „…“, «…», »…«). */
const QUOTES = /["“”„«»]/g;
/** A sentence ends at . ! ? or … (with a closing quote or bracket) before a space, or at a line break. */
const SENTENCE_END = /[.!?…]+["'“”»)\]]*(?=\s)|\n/g;

interface Sentence {
  start: number;
  end: number;
}

/** The sentences of folded `text`, in order, covering it. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The sentence holding position `at`. */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where the quotation that holds `at` closes, if `at` is inside one (within its line). */
function quoteCloseAfter(text: string, at: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(lineStart, at).match(QUOTES)?.length ?? 0;
  if (before % 2 === 0) return undefined;
  QUOTES.lastIndex = at;
  const close = QUOTES.exec(text);
  const lineEnd = text.indexOf('\n', at);
  return close && (lineEnd < 0 || close.index < lineEnd) ? close.index : undefined;
}

/** Original offsets of a folded span. */
export type ToOriginal = (start: number, end: number) => { start: number; end: number };

/**
 * The sentences of `text` that state a claim, in text order. `folded` is its folded form,
 * `toOriginal` maps folded offsets back, `mentions` (offsets into `text`) are its names.
 */
export function findClaims(index: ClaimIndex, text: string, folded: string, toOriginal: ToOriginal, mentions: readonly Mention[]): ClaimSpan[] {
  if (!mentions.some((m) => index.anchors.has(m.entityId))) return [];
  let sentences: Sentence[] | undefined;
  const found: ClaimSpan[] = [];
  const seen = new Set<string>();
  for (const claim of index.claims) {
    if (!mentions.some((m) => claim.anchors.has(m.entityId))) continue;
    const { patterns, unless } = claim.compiled();
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
        if (m[0].length === 0) pattern.lastIndex++;
        sentences ??= sentencesOf(folded);
        const s = sentenceAt(sentences, m.index);
        const key = `${claim.id}@${s}`;
        if (seen.has(key)) continue;
        const sentence = sentences[s]!;
        // The anchor may stand before, in the previous sentence, or after, where a quotation's speaker is named.
        const close = quoteCloseAfter(folded, m.index);
        const last = close === undefined ? s : Math.max(s, sentenceAt(sentences, close));
        const reach = toOriginal(sentences[Math.max(0, s - 1)]!.start, sentences[last]!.end);
        if (!mentions.some((x) => claim.anchors.has(x.entityId) && x.start >= reach.start && x.end <= reach.end)) continue;
        // A sentence that gives the record too (or is followed by one that does) states no claim to correct.
        const around = folded.slice(sentence.start, sentences[Math.min(sentences.length - 1, s + 1)]!.end);
        if (unless.some((u) => ((u.lastIndex = 0), u.test(around)))) continue;
        seen.add(key);
        found.push({ ...trimmed(text, toOriginal(sentence.start, sentence.end)), claimId: claim.id, about: claim.about });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A span without the spaces and line breaks at its ends (the highlight is the sentence's words). */
function trimmed(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Claim spans as mentions to mark: one per sentence, with every claim it states. */
export function claimMentions(spans: readonly ClaimSpan[]): Mention[] {
  const bySpan = new Map<string, Mention & { claims: string[] }>();
  for (const span of spans) {
    const key = `${span.start}:${span.end}`;
    const had = bySpan.get(key);
    if (had) had.claims.push(span.claimId);
    else bySpan.set(key, { start: span.start, end: span.end, entityId: span.about[0]!, alias: '', how: 'claim', claims: [span.claimId] });
  }
  return [...bySpan.values()];
}
