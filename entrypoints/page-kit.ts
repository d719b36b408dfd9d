import items from 'virtual:backgrounder/page-items';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import cardCss from '../components/card.css?inline';
import { contentServices } from '../lib/ext/content-services';
import { i18nOf } from '../lib/ext/i18n';
import { startContentScript } from '../lib/page/content';
import { installPageKit } from '../lib/page/page-kit';
import dark from './content/marks-dark.css?inline';
import light from './content/marks-light.css?inline';
import underlineOnly from './content/marks-underline.css?inline';

// Imported by the content script as it starts (lib/page/boot.ts), with what it has ready: its API is
// `api` here, since a local named `browser` made the build bundle a second copy of the polyfill.
export default defineUnlistedScript(() => {
  installPageKit({
    start: (ctx, { browser: api, ...boot }) => {
      const services = contentServices(api.runtime);
      return startContentScript(ctx, {
        ...boot,
        services,
        words: i18nOf(api.i18n, services.askFormats),
        items,
        cardCss,
        markStyles: { light, dark, underlineOnly },
      });
    },
  });
});
