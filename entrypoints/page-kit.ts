import items from 'virtual:backgrounder/page-items';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import cardCss from '../components/card.css?inline';
import { startContentScript } from '../lib/page/content';
import { installPageKit } from '../lib/page/page-kit';
import dark from './content/marks-dark.css?inline';
import light from './content/marks-light.css?inline';
import underlineOnly from './content/marks-underline.css?inline';

// Imported by the content script as it starts (lib/page/boot.ts), with what it has ready.
export default defineUnlistedScript(() => {
  installPageKit({ start: (ctx, boot) => startContentScript(ctx, { ...boot, items, cardCss, markStyles: { light, dark, underlineOnly } }) });
});
