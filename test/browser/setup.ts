/** The setup every browser suite shares: the demo server and a browser with the extension, for the suite's tests. */
import { afterAll, beforeAll } from 'vitest';
import type { DemoArticle } from '../support/demo-articles';
import { type DemoServer, startDemoServer } from '../support/server';
import { type BrowserName, launch, type LaunchOptions, type Session, type Tab, tabIdOf } from './harness';

/** The server and the browser of a suite, there from its first test to its last. */
export interface SuiteBrowser {
  readonly server: DemoServer;
  readonly session: Session;
}

/** Starts the demo server and `name` with the extension before the suite's tests, and stops both after them. */
export function useBrowser(name: BrowserName, options?: LaunchOptions): SuiteBrowser {
  let server: DemoServer | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    server = await startDemoServer();
    session = await launch(name, options);
  }, 60_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('The demo server is not started: use it inside a test or a later beforeAll.');
      return server;
    },
    get session() {
      if (!session) throw new Error('The browser is not started: use it inside a test or a later beforeAll.');
      return session;
    },
  };
}

/** Opens a demo article in a new tab, waits until its names are marked, and finds the tab's id. */
export async function openMarkedArticle(env: SuiteBrowser, article: DemoArticle): Promise<{ tab: Tab; tabId: number }> {
  const tab = await env.session.newTab();
  await tab.goto(env.server.urlOf(article));
  await tab.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
  return { tab, tabId: await tabIdOf(env.session, article.host.replace(/^www\./, '')) };
}
