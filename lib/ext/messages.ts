/**
 * Typed messages between the content script and the background. The content script only
 * reports; the background owns the per-tab state and the badge.
 */
import { browser } from 'wxt/browser';
import type { TabState } from './tab-state';

/** A content script's report of what it did on its page. */
export interface PageReport {
  type: 'page-report';
  state: TabState;
}

function isPageReport(message: unknown): message is PageReport {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'page-report';
}

/** Sent by the content script after each scan, or when it stays off. */
export async function sendPageReport(state: TabState): Promise<void> {
  await browser.runtime.sendMessage({ type: 'page-report', state } satisfies PageReport);
}

/** Background side: calls `handler` with the sending tab's id for each report. */
export function onPageReport(handler: (tabId: number, state: TabState) => Promise<void>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isPageReport(message) || tabId === undefined) return undefined;
    // Returning the promise keeps the MV3 worker alive until the state is stored.
    return handler(tabId, message.state);
  });
}
