import rest from 'virtual:backgrounder/matcher-rest';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type IndexRest, joined } from '../lib/match/compiled';
import { fullMatcher, loadIndex } from '../lib/match/find-mentions';
import { installMatcherKit } from '../lib/page/matcher-kit';

// Imported by the content script once a piece of the page passes the gate (lib/page/matcher-kit.ts).
export default defineUnlistedScript(() => {
  installMatcherKit({ matcher: (gate) => fullMatcher(loadIndex(joined(gate, JSON.parse(rest) as IndexRest))) });
});
