/**
 * What Backgrounder found in each tab, kept by the background in `storage.session` so that
 * it survives the MV3 service worker being stopped, and read by the popup.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

const Count = v.strictObject({ id: v.pipe(v.string(), v.nonEmpty()), count: v.pipe(v.number(), v.integer(), v.minValue(1)) });

/**
 * What happened on a page. `marked`: scanned (maybe with nothing found); `off`: the reader
 * turned the site off; `paused`: the reader paused Backgrounder everywhere; `too-large`: over the scan budget, skipped; `unsupported`: the browser
 * cannot mark text without changing the page (no CSS Custom Highlight API); `error`: the scan
 * failed, with the reason.
 */
export const TabStateSchema = v.strictObject({
  status: v.picklist(['marked', 'off', 'paused', 'too-large', 'unsupported', 'error']),
  /** The listed site the page belongs to. */
  site: v.string(),
  /** Entities found, most mentioned first. */
  entities: v.array(Count),
  /** Incidents the page names, most mentioned first. */
  incidents: v.array(Count),
  /** Claims the page states that the record corrects, with their sentences' count, in page order. */
  claims: v.optional(v.array(Count)),
  /** With `error`: what went wrong, for the popup and the console. */
  message: v.optional(v.string()),
});

/** One tab's state, as its content script reported it. */
export type TabState = v.InferOutput<typeof TabStateSchema>;

const key = (tabId: number) => `session:tab-${tabId}` as const;

/** The tab's state; null when nothing was reported or a stored value does not parse. */
export async function getTabState(tabId: number): Promise<TabState | null> {
  return parseStored(await storage.getItem(key(tabId)));
}

function parseStored(value: unknown): TabState | null {
  const result = v.safeParse(TabStateSchema, value);
  return result.success ? result.output : null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(key(tabId), state);
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** Calls `onChange` with the tab's new state (null when cleared) until `signal` aborts. */
export function watchTabState(tabId: number, onChange: (state: TabState | null) => void, signal: AbortSignal): void {
  const unwatch = storage.watch(key(tabId), (value) => onChange(parseStored(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}
