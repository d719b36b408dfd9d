/**
 * Typed messages between the content script and the background. The content script reports,
 * and asks for its language's formats; the background owns the per-tab state and the badge.
 * Every message is checked against its schema where it arrives: any page's script can reach the
 * runtime's listeners through a compromised content script, and a malformed report must never be
 * stored.
 */
import * as v from 'valibot';
import type { WxtBrowser } from 'wxt/browser';
import { type Formats, SHAPES } from '../text/formats';
import { type TabState, TabStateSchema } from './tab-state';

const PageReportSchema = v.strictObject({ type: v.literal('page-report'), state: TabStateSchema });

/** A content script's report of what it did on its page. */
export type PageReport = v.InferOutput<typeof PageReportSchema>;

/** The report in `message`, or undefined (logged) when it is not a well-formed one. */
export function parsePageReport(message: unknown): PageReport | undefined {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'page-report') return undefined;
  const result = v.safeParse(PageReportSchema, message);
  if (result.success) return result.output;
  const issue = result.issues[0];
  console.warn(`Backgrounder: dropped a malformed page report (${v.getDotPath(issue) ?? 'message'}: ${issue.message})`);
  return undefined;
}

/**
 * Sent by the content script after each scan, or when it stays off. A failed send (the
 * extension reloaded, the worker not there) is logged on the page's console, never thrown
 * into the news page as an unhandled rejection.
 */
export async function sendPageReport(runtime: WxtBrowser['runtime'], state: TabState): Promise<void> {
  try {
    await runtime.sendMessage({ type: 'page-report', state } satisfies PageReport);
  } catch (error) {
    console.warn(`Backgrounder: could not report this page's findings (${(error as Error).message})`);
  }
}

/** What the background knows of a message's sender (browsers fill in what they support). */
interface Sender {
  tab?: { id?: number };
  frameId?: number;
  /** Chrome 106+: `prerender` for a page being prerendered, `cached` for one in the back/forward cache. */
  documentLifecycle?: string;
}

/**
 * Whether a report comes from the page the reader sees in its tab: the top frame of an
 * active document. A prerendered page, or one kept in the back/forward cache, must not write
 * its findings under the visible tab (it reports again when it becomes the one shown).
 */
export function isFromShownPage(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && (sender.documentLifecycle ?? 'active') === 'active';
}

/** Background side: calls `handler` with the sending tab's id for each well-formed report from a shown page. */
export function onPageReport(runtime: WxtBrowser['runtime'], handler: (tabId: number, state: TabState) => Promise<void>): void {
  runtime.onMessage.addListener((message: unknown, sender) => {
    const report = parsePageReport(message);
    const from = sender as Sender;
    if (!report || !isFromShownPage(from)) return undefined;
    // Returning the promise keeps the MV3 worker alive until the state is stored.
    return handler(from.tab.id, report.state).catch((error: unknown) => console.error('Backgrounder: could not store a page report', error));
  });
}

// The formats of the reader's language (lib/text/formats.ts): asked by a page, written by the background.

/** A language tag as a page asks with it: short, and what Intl takes. */
const LocaleSchema = v.pipe(v.string(), v.maxLength(35), v.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/));
const FormatsRequestSchema = v.strictObject({ type: v.literal('formats'), locale: LocaleSchema });
/** A template: short text, whose slots formats.ts fills in (a template that fills in wrong writes a wrong date, never markup: the card renders text). */
const TemplateSchema = v.pipe(v.string(), v.maxLength(80));
const FormatsSchema = v.strictObject({
  locale: LocaleSchema,
  plainCounts: v.boolean(),
  dates: v.optional(v.record(v.picklist(SHAPES), v.pipe(v.array(TemplateSchema), v.maxLength(12)))),
});

/**
 * How long a page waits for the formats: the cards wait for them, and a background that is slow to
 * wake must not hold the first card back (the page then writes its dates with Intl).
 */
export const FORMATS_WAIT_MS = 1000;

/**
 * The page's side: the formats of `locale` from the background, or undefined (logged) when it does
 * not answer within `FORMATS_WAIT_MS` or answers with something else; the page then asks Intl itself.
 */
export async function requestFormats(runtime: WxtBrowser['runtime'], locale: string): Promise<Formats | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), FORMATS_WAIT_MS)));
  try {
    const answer: unknown = await Promise.race([runtime.sendMessage({ type: 'formats', locale }), late]);
    if (answer === 'late') {
      console.warn(`Backgrounder: the background did not answer with the formats of ${locale} within ${FORMATS_WAIT_MS} ms; dates are written by the page itself`);
      return undefined;
    }
    const result = v.safeParse(FormatsSchema, answer);
    if (result.success && result.output.locale === locale) return result.output;
    console.warn(`Backgrounder: the background's formats for ${locale} were not usable; dates are written by the page itself`);
  } catch (error) {
    console.warn(`Backgrounder: could not ask for the formats of ${locale} (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
  return undefined;
}

/** The background's side: answers each well-formed request with the language's formats, made once a language (`write`). */
export function onFormatsRequest(runtime: WxtBrowser['runtime'], write: (locale: string) => Formats): void {
  const made = new Map<string, Formats>();
  runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (formats: Formats) => void) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'formats') return undefined;
    const parsed = v.safeParse(FormatsRequestSchema, message);
    if (!parsed.success) {
      console.warn(`Backgrounder: dropped a malformed formats request (${v.getDotPath(parsed.issues[0]) ?? 'message'}: ${parsed.issues[0].message})`);
      return undefined;
    }
    const { locale } = parsed.output;
    let formats = made.get(locale);
    if (!formats) {
      try {
        formats = write(locale);
      } catch (error) {
        // A tag of the right form that Intl still refuses: the page waits for no answer and writes its own.
        console.warn(`Backgrounder: no formats for ${locale} (${(error as Error).message})`);
        return undefined;
      }
      made.set(locale, formats);
    }
    // As the settings writer answers (lib/ext/settings.ts): every browser and WXT's fake browser understand it.
    sendResponse(formats);
    return true;
  });
}
