import { defineConfig } from 'wxt';
import { checkDatasetFiles } from './lib/cli/data-check';
import { compileHintsPlugin } from './lib/cli/compile-hints-plugin';
import { matcherIndexPlugin } from './lib/cli/matcher-index-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports keep code search, lint and vi.mock working without generated globals.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ manifestVersion }) => ({
    // The browser's catalogue (public/_locales) names and describes the extension in the reader's language.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // storage: the settings (local) and the per-tab list of names found (session). contextMenus,
    // activeTab and scripting: the "Look up" item on selected text, which runs in the tab the
    // reader right-clicked, that once; none of them lets the extension read any site by itself.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // A site the reader adds ("Always run on …", or the options page) is asked for at that moment,
    // for that site alone (lib/ext/registration.ts); nothing beyond the listed news sites at install.
    // Manifest V2 (Firefox) lists optional origins among the optional permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_ext_name__' },
    // The page kit (lib/page/page-kit.ts), imported by the content script as it starts, the card kit
    // (lib/page/card-kit.ts) and the matcher kit (lib/page/matcher-kit.ts), imported when a page first
    // needs a card, or has a piece that may name someone (lib/page/kits.ts). In
    // Chromium their address changes every session, so that no page can probe for the extension by
    // it; Firefox's moz-extension address is random for every installation.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['page-kit.js', 'card-kit.js', 'matcher-kit.js'], matches: ['<all_urls>'], use_dynamic_url: true }]
        : ['page-kit.js', 'card-kit.js', 'matcher-kit.js'],
    commands: {
      // lib/ext/background.ts OPEN_CARD_COMMAND; readers can change the keys in the browser's shortcut settings.
      'open-card': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_command_openCard__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'backgrounder@backgrounder.invalid',
        strict_min_version: '140.0',
        // Firefox asks for this declaration; Backgrounder collects and sends nothing.
        data_collection_permissions: { required: ['none'] },
      },
      // The data-collection declaration needs Firefox for Android 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    // A broken dataset must fail the build, not ship.
    'build:before': async () => {
      const { problems } = await checkDatasetFiles();
      if (problems.length > 0) {
        throw new Error(`The dataset is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // The matcher's index, compiled here once rather than on every page load; the scripts whose
    // functions run as soon as they arrive, compiled whole with the script (the kits off the page's
    // main thread), not each at its first call.
    plugins: [matcherIndexPlugin(), compileHintsPlugin(['content-scripts/content.js', 'page-kit.js', 'matcher-kit.js', 'card-kit.js'])],
  }),
});

