/**
 * The background's work: per-tab findings in `storage.session` and the toolbar badge. The
 * badge counts the names found (people, organisations, places, documents), not incidents.
 */
import { browser } from 'wxt/browser';
import { onPageReport } from './messages';
import { sendTabCommand } from './tab-commands';
import { clearTabState, setTabState, type TabState } from './tab-state';

/** The badge's colour: the extension's dark amber, legible under white digits. */
const BADGE_COLOR = '#7a5b00';

/** The keyboard command's name in the manifest (wxt.config.ts). */
export const OPEN_CARD_COMMAND = 'open-card';

/** The badge text for a tab's state: the number of distinct names found, or nothing. */
export function badgeText(state: TabState): string {
  return state.status === 'marked' && state.entities.length > 0 ? String(state.entities.length) : '';
}

export function startBackground(): void {
  // Firefox's MV2 build has browserAction where Chrome's MV3 build has action.
  const action = browser.action ?? browser.browserAction;
  const setBadge = (tabId: number, text: string) =>
    // A tab may close between its report and the badge update: nothing to show then.
    action.setBadgeText({ tabId, text }).catch(() => undefined);

  onPageReport(async (tabId, state) => {
    // A report that arrives after its tab closed would stay in storage for ever.
    if (!(await browser.tabs.get(tabId).then(() => true, () => false))) return;
    await setTabState(tabId, state);
    await setBadge(tabId, badgeText(state));
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => undefined);
  });

  // A new page in the tab: what the old one had is no longer on screen.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void clearTabState(tabId);
    void setBadge(tabId, '');
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

  // The keyboard command: the card of the name at the reader's cursor, in the tab in front.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== OPEN_CARD_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
    if (tab?.id !== undefined) await sendTabCommand(tab.id, { type: 'open-card-at-cursor' });
  });
}
