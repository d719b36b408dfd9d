/**
 * HTML to text in Node, through the content script's own extraction (lib/page/page-text.ts)
 * on a happy-dom document that runs no scripts and fetches nothing.
 */
import { Window } from 'happy-dom';
import { extractText, type TextBudget } from '../page/page-text';

/** The prose of an HTML page as the content script would see it, or undefined if over budget. */
export function htmlToText(html: string, budget?: TextBudget): string | undefined {
  const window = new Window({
    // A base address for the page's relative links; nothing is ever fetched from it.
    url: 'https://scan.invalid/',
    settings: {
      // Saved pages preload and link resources: answer every request here, so none leaves the machine.
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window: w }) => new w.Response('', { status: 204 }),
          beforeSyncRequest: () => ({ status: 204, statusText: 'No Content', ok: true, url: '', redirected: false, headers: new Headers(), body: Buffer.alloc(0) }) as never,
        },
      },
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const body = doc.body ?? doc.documentElement;
    return extractText(body as unknown as Node, undefined, budget)?.text;
  } finally {
    void window.happyDOM.close();
  }
}
