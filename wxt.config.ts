import { defineConfig } from 'wxt';
import { checkDatasetFiles } from './lib/cli/data-check';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports keep code search, lint and vi.mock working without generated globals.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ manifestVersion }) => ({
    name: 'Backgrounder',
    description:
      'Background to the names in a news story: who or what they are, dated facts with sources, related incidents. Works offline.',
    // storage: the settings (local) and the per-tab list of names found (session). contextMenus,
    // activeTab and scripting: the "Look up" item on selected text, which runs in the tab the
    // reader right-clicked, that once; none of them lets the extension read any site by itself.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // A site the reader adds ("Always run on …", or the options page) is asked for at that moment,
    // for that site alone (lib/ext/registration.ts); nothing beyond the listed news sites at install.
    // Manifest V2 (Firefox) lists optional origins among the optional permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    action: { default_title: 'Backgrounder' },
    commands: {
      // lib/ext/background.ts OPEN_CARD_COMMAND; readers can change the keys in the browser's shortcut settings.
      'open-card': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Open the card for the name at the cursor, or the first one on screen',
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
  }),
});

