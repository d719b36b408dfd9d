/**
 * What Backgrounder found in each tab, kept by the background in `storage.session` so that
 * it survives the MV3 service worker being stopped, and read by the popup.
 */
import { storage } from 'wxt/utils/storage';

/** One tab's state, as its content script reported it. */
export interface TabState {
  /** `marked`: scanned (maybe with nothing found); `off`: the reader turned the site off; `too-large`: skipped. */
  status: 'marked' | 'off' | 'too-large';
  /** The listed site the page belongs to. */
  site: string;
  /** Entities found, most mentioned first. */
  entities: Array<{ id: string; count: number }>;
}

const key = (tabId: number) => `session:tab-${tabId}` as const;

export async function getTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(key(tabId));
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(key(tabId), state);
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** Calls `onChange` with the tab's new state (null when cleared) until `signal` aborts. */
export function watchTabState(tabId: number, onChange: (state: TabState | null) => void, signal: AbortSignal): void {
  const unwatch = storage.watch<TabState>(key(tabId), (state) => onChange(state));
  signal.addEventListener('abort', unwatch, { once: true });
}
