import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onPageReport } from '../lib/ext/messages';
import { clearTabState, setTabState } from '../lib/ext/tab-state';

export default defineBackground(() => {
  // Firefox's MV2 build has browserAction where Chrome's MV3 build has action.
  const action = browser.action ?? browser.browserAction;

  onPageReport(async (tabId, state) => {
    await setTabState(tabId, state);
    const count = state.entities.length;
    await action.setBadgeText({ tabId, text: state.status === 'marked' && count > 0 ? String(count) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#7a5b00' });
  });

  // A new page in the tab: what the old one had is no longer on screen.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void clearTabState(tabId);
    void action.setBadgeText({ tabId, text: '' });
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
});
