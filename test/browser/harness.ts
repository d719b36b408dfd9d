/**
 * One small driver interface over the two real browsers: Chromium through playwright-core
 * and Firefox through puppeteer-core (WebDriver BiDi), each with the built extension
 * loaded, so that one list of scenarios runs in both.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { chromiumHostRules, firefoxHostPrefs } from '../support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(root, 'test/artifacts');

/** The Firefox build's add-on id (wxt.config.ts) and the internal UUID we pin for it. */
const GECKO_ID = 'backgrounder@backgrounder.invalid';
const GECKO_UUID = '6a1f3c2e-8d4b-4e57-9a0c-b4c1d2e3f405';

export type BrowserName = 'chromium' | 'firefox';

/** A tab, in whichever browser. */
export interface Tab {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<T>(fn: () => T): Promise<T>;
  evaluateWith<A, T>(fn: (arg: A) => T, arg: A): Promise<T>;
  /** Waits until `fn` returns (or resolves to) a truthy value in the page. */
  waitFor(fn: () => unknown): Promise<void>;
  /** Waits until `fn(arg)` returns a truthy value in the page. */
  waitForFunctionWith<A>(fn: (arg: A) => unknown, arg: A): Promise<void>;
  /** Waits for a selector to match an element that is shown; `>>>` pierces one shadow root (host >>> inner). */
  waitForSelector(selector: string): Promise<void>;
  texts(selector: string): Promise<string[]>;
  /** Sets the viewport's size in CSS pixels (half the window's at 200 % zoom). */
  setViewport(width: number, height: number): Promise<void>;
  /** Presses a key, as the keyboard does, on whatever has focus. */
  press(key: string): Promise<void>;
  /** Taps the screen with a finger at a viewport point. */
  tap(x: number, y: number): Promise<void>;
  /** Turns the mouse wheel by `dy` pixels where the pointer is. */
  wheel(dy: number): Promise<void>;
  /** Makes this the visible tab, as a reader switching to it does (a hidden tab is not rescanned). */
  bringToFront(): Promise<void>;
  click(selector: string): Promise<void>;
  /** Types `text` into the field `selector` leads to, as the keyboard does (replacing what it held). */
  fill(selector: string, text: string): Promise<void>;
  /** Chooses a file for the file input `selector`, as the reader does in the file picker. */
  setFile(selector: string, file: { name: string; content: string }): Promise<void>;
  hover(x: number, y: number): Promise<void>;
  /** Saves a screenshot as test/artifacts/<name>.png; with `selector`, of that element only. */
  screenshot(name: string, selector?: string): Promise<string>;
  screenshotTo(file: string, selector?: string): Promise<string>;
  close(): Promise<void>;
}

/** A browser with the extension loaded (or, for comparisons, without it). */
export interface Session {
  name: BrowserName;
  /** Every request the browser made or tried so far, from pages, workers and the extension alike, with why it failed if it did. */
  requests(): Array<{ url: string; navigation: boolean; failure?: string }>;
  newTab(): Promise<Tab>;
  /** The address of an extension page, e.g. `popup.html`. */
  extensionUrl(page: string): string;
  /**
   * Presses the toolbar button for the tab showing `url`, as the reader clicks it, which grants the
   * extension `activeTab` there. Chromium only (CDP's Extensions.triggerAction); no driver can press
   * Firefox's.
   */
  pressToolbarButton?(url: string): Promise<void>;
  close(): Promise<void>;
}

const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/** The build a browser loads; the tests run after `npm run build`. */
export function buildDir(name: BrowserName): string {
  return path.join(root, '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

/** Says what is missing instead of failing deep inside a launch. */
export function checkPrerequisites(name: BrowserName): void {
  if (!existsSync(EXECUTABLES[name])) throw new Error(`${EXECUTABLES[name]} is missing: install Debian's ${name === 'chromium' ? 'chromium' : 'firefox-esr'} (see .ci/run).`);
  if (!existsSync(path.join(buildDir(name), 'manifest.json'))) throw new Error(`${buildDir(name)} is missing: run \`npm run build\` first.`);
}

async function screenshotPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, `${name}.png`);
}

function piercing(selector: string): string[] {
  return selector.split('>>>').map((s) => s.trim());
}

/*
 * The card's shadow root is closed, so that the page's scripts cannot read or rewrite it; the
 * page's main world, where tests evaluate, cannot reach it either. Tests look inside it as
 * DevTools does: through the browser's protocol (CDP in Chromium, WebDriver BiDi's
 * `includeShadowTree: 'all'` in Firefox), which hands the root to the main world under
 * `backgrounderCardRoot`. Test functions read the card there; nothing of the build changes.
 */
declare global {
  /** The card's closed shadow root, handed to the page's main world by the harness. */
  var backgrounderCardRoot: ShadowRoot | undefined;
  /** The host whose root `backgrounderCardRoot` is. */
  var backgrounderCardHost: Element | undefined;
}

/** In the page: the card's host, when the page has one whose root the harness has not handed over yet. */
function unrevealedHost(): Element | null {
  const host = document.querySelector('backgrounder-card');
  return host && host !== globalThis.backgrounderCardHost ? host : null;
}
const UNREVEALED_HOST = `(${unrevealedHost.toString()})()`;

/** In the page: the elements that `parts` (host selectors, then the inner one) lead to, through open shadow roots and the card's closed one. */
function deepQueryAll(parts: string[]): Element[] {
  let root: ParentNode | null = document;
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1) return root ? [...root.querySelectorAll(part)] : [];
    const found: Element | null = root?.querySelector(part) ?? null;
    root = found?.shadowRoot ?? (found && found === globalThis.backgrounderCardHost ? (globalThis.backgrounderCardRoot ?? null) : null);
  }
  return [];
}

/**
 * In the page: whether an element is shown, as a reader would find it (a card is drawn hidden while
 * the pointer rests, and shown at the dwell's end): the element to wait for or to click.
 */
const SHOWN = '(el) => el.checkVisibility({ visibilityProperty: true })';

/** The page-side expression that calls `fn` with `arg` (both must be self-contained, as every function a test runs in the page). */
function call(fn: (arg: never) => unknown, arg?: unknown): string {
  return `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
}
/** The page-side expression for the elements a selector (`host >>> inner` pierces a shadow root) leads to. */
const queryAll = (selector: string) => call(deepQueryAll, piercing(selector));

/** The protocol-level steps a tab needs from its browser; expressions are sent by the protocol, so a page's CSP never blocks them. */
interface TabDriver {
  /** Hands the card's closed root, if the page has an unrevealed host, to the main world. */
  revealCard(): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until the expression is truthy. */
  waitFor(expression: string): Promise<void>;
  /** Clicks the element the expression gives. */
  click(expression: string): Promise<void>;
}

/** Milliseconds any wait of a test may take. */
const WAIT_MS = 15_000;
/** Milliseconds between two looks at a condition the page cannot announce. */
const POLL_MS = 50;

/** The page-side steps of a tab, written once over a browser's driver: each reads the card's closed root once the page has one. */
function tabSteps(driver: TabDriver) {
  /** Waits until `condition` (which may be async) holds, handing over the card's root whenever a host appears. */
  async function waitUntil(condition: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    const holds = `(async () => Boolean(await (${condition})))()`;
    for (;;) {
      await driver.revealCard();
      if (await driver.evaluate<boolean>(holds)) return;
      if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${condition.slice(0, 300)}`);
      // Wakes when the condition holds or when a card host to hand over appears.
      await driver.waitFor(`(async () => Boolean(await (${condition})) || Boolean(${UNREVEALED_HOST}))()`);
    }
  }
  const evaluate = async <T>(expression: string): Promise<T> => {
    await driver.revealCard();
    return driver.evaluate<T>(expression);
  };
  return {
    evaluate: <T>(fn: () => T) => evaluate<T>(call(fn)),
    evaluateWith: <A, T>(fn: (arg: A) => T, arg: A) => evaluate<T>(call(fn as (a: never) => T, arg)),
    waitFor: (fn: () => unknown) => waitUntil(call(fn)),
    waitForFunctionWith: <A>(fn: (arg: A) => unknown, arg: A) => waitUntil(call(fn as (a: never) => unknown, arg)),
    waitForSelector: (selector: string) => waitUntil(`${queryAll(selector)}.some(${SHOWN})`),
    texts: (selector: string) => evaluate<string[]>(`${queryAll(selector)}.map((el) => el.textContent ?? '')`),
    click: async (selector: string) => {
      await waitUntil(`${queryAll(selector)}.some(${SHOWN})`);
      await driver.click(`${queryAll(selector)}.find(${SHOWN})`);
    },
  };
}

function playwrightTab(page: PwPage, context: BrowserContext): Tab {
  let cdp: import('playwright-core').CDPSession | undefined;
  const driver: TabDriver = {
    async revealCard() {
      cdp ??= await context.newCDPSession(page);
      const { result } = await cdp.send('Runtime.evaluate', { expression: UNREVEALED_HOST });
      if (!result.objectId) return;
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, pierce: true, depth: 1 });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) return;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: 'function (host) { globalThis.backgrounderCardRoot = this; globalThis.backgrounderCardHost = host; }',
        arguments: [{ objectId: result.objectId }],
      });
    },
    evaluate: (expression) => page.evaluate(expression),
    // Playwright's waitForFunction takes a promise for a truthy value; the condition may be async, so
    // the page itself polls it (as waitForFunction does) and answers once it holds or time is up.
    waitFor: async (expression) =>
      void (await page.evaluate(`new Promise((resolve) => {
        const end = Date.now() + ${WAIT_MS};
        const poll = async () => {
          let holds = false;
          try { holds = Boolean(await (${expression})); } catch {}
          if (holds || Date.now() > end) resolve(holds);
          else setTimeout(poll, ${POLL_MS});
        };
        poll();
      })`)),
    click: async (expression) => {
      const handle = await page.evaluateHandle<Node>(expression);
      await handle.asElement()!.click();
    },
  };
  const steps = tabSteps(driver);
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    ...steps,
    fill: (selector, text) => page.locator(selector).first().fill(text),
    setFile: (selector, file) => page.locator(selector).first().setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.content) }),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    press: (key) => page.keyboard.press(key),
    wheel: (dy) => page.mouse.wheel(0, dy),
    tap: (x, y) => page.touchscreen.tap(x, y),
    // From a little to the left, so that a pointer already resting there still moves onto the name.
    hover: async (x, y) => {
      await page.mouse.move(x - 20, y, { steps: 2 });
      await page.mouse.move(x, y, { steps: 2 });
    },
    screenshot: async (name, selector) => playwrightShot(page, await screenshotPath(name), selector),
    screenshotTo: async (file, selector) => {
      await mkdir(path.dirname(file), { recursive: true });
      return playwrightShot(page, file, selector);
    },
    close: () => page.close(),
  };
}

async function playwrightShot(page: PwPage, file: string, selector?: string): Promise<string> {
  await (selector ? page.locator(selector).first().screenshot({ path: file }) : page.screenshot({ path: file }));
  return file;
}

async function puppeteerShot(page: PpPage, file: string, selector?: string): Promise<string> {
  const target = selector ? await page.$(selector) : page;
  await target!.screenshot({ path: file as `${string}.png` });
  return file;
}

/**
 * Firefox never reports the load of a moz-extension:// page over WebDriver BiDi, so
 * `page.goto` does not settle there (puppeteer/puppeteer#14314): start the navigation and
 * wait for the new document ourselves.
 */
async function gotoExtensionPage(page: PpPage, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not load within 15 s`);
}

/** The slice of puppeteer's WebDriver BiDi connection the harness uses (public on the browser, typed loosely by puppeteer). */
interface BidiConnection {
  send(method: 'script.callFunction', params: object): Promise<{ result: { type: string; result?: BidiValue } }>;
}
type BidiValue = { type: string; sharedId?: string; value?: { shadowRoot?: BidiValue | null } };

function puppeteerTab(page: PpPage, browser: PpBrowser): Tab {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  // Puppeteer's frame id is the BiDi browsing context's id; it has no public getter.
  const target = () => ({ context: (page.mainFrame() as unknown as { _id: string })._id });
  const driver: TabDriver = {
    async revealCard() {
      const { result } = await connection.send('script.callFunction', {
        functionDeclaration: `() => ${UNREVEALED_HOST}`,
        target: target(),
        awaitPromise: false,
        // 'all' includes closed shadow roots, as DevTools sees them.
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      });
      const host = result.result;
      const root = host?.value?.shadowRoot;
      if (host?.type !== 'node' || !root?.sharedId) return;
      await connection.send('script.callFunction', {
        functionDeclaration: '(root, host) => { globalThis.backgrounderCardRoot = root; globalThis.backgrounderCardHost = host; }',
        arguments: [{ sharedId: root.sharedId }, { sharedId: host.sharedId }],
        target: target(),
        awaitPromise: false,
      });
    },
    evaluate: (expression) => page.evaluate(expression) as never,
    // Puppeteer re-checks a selector on document mutations, which changes inside a shadow root
    // do not cause: every wait polls.
    waitFor: async (expression) => void (await page.waitForFunction(expression, { timeout: WAIT_MS, polling: POLL_MS })),
    click: async (expression) => {
      const handle = await page.evaluateHandle(expression);
      await (handle as import('puppeteer-core').ElementHandle<Element>).click();
    },
  };
  return {
    goto: async (url) =>
      url.startsWith('moz-extension:') ? gotoExtensionPage(page, url) : void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    ...tabSteps(driver),
    fill: async (selector, text) => {
      const handle = await page.waitForSelector(selector, { timeout: WAIT_MS });
      await handle!.click({ count: 3 });
      await page.keyboard.press('Backspace');
      await handle!.type(text);
    },
    setFile: async (selector, file) => {
      // Puppeteer uploads from a path: the file is written where the browser can read it.
      const dir = await mkdtemp(path.join(os.tmpdir(), 'backgrounder-upload-'));
      const where = path.join(dir, file.name);
      await writeFile(where, file.content);
      const handle = (await page.waitForSelector(selector, { timeout: WAIT_MS })) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
      await handle.uploadFile(where);
    },
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewport({ width, height }),
    press: (key) => page.keyboard.press(key as never),
    wheel: (dy) => page.mouse.wheel({ deltaY: dy }),
    tap: (x, y) => page.touchscreen.tap(x, y),
    hover: async (x, y) => {
      await page.mouse.move(x - 20, y, { steps: 2 });
      await page.mouse.move(x, y, { steps: 2 });
    },
    screenshot: async (name, selector) => puppeteerShot(page, await screenshotPath(name), selector),
    screenshotTo: async (file, selector) => {
      await mkdir(path.dirname(file), { recursive: true });
      return puppeteerShot(page, file, selector);
    },
    close: () => page.close(),
  };
}

/** How a browser starts: shown or not, with the extension or without, in a light or a dark system theme. */
export interface LaunchOptions {
  headed?: boolean;
  extension?: boolean;
  dark?: boolean;
  /** The browser's interface language (`cs`), which the extension's follows; the system's by default. */
  lang?: string;
}

async function launchChromium(profile: string, { headed = false, extension = true, dark = false, lang }: LaunchOptions): Promise<Session> {
  const ext = buildDir('chromium');
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLES.chromium,
    // --headless=new comes from args: Playwright's own headless switch would pick the old mode.
    headless: false,
    viewport: { width: 1100, height: 800 },
    colorScheme: dark ? 'dark' : 'light',
    // A touch screen as well as a mouse, so that taps can be tested (the mouse works as before).
    hasTouch: true,
    // On Linux, Chromium takes its interface language from the environment, from Debian's chromium-l10n (which .ci/run installs).
    ...(lang ? { env: { ...process.env, LANGUAGE: lang } } : {}),
    args: [
      ...(headed ? [] : ['--headless=new']), '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Lets the test press the toolbar button through CDP (Extensions.triggerAction), which the pipe Playwright uses allows.
      '--enable-unsafe-extension-debugging',
      ...(extension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : ['--disable-extensions']), chromiumHostRules(),
    ],
  });
  const requested = new Map<object, { url: string; navigation: boolean; failure?: string }>();
  const entry = (request: import('playwright-core').Request) => ({ url: request.url(), navigation: request.isNavigationRequest() });
  context.on('request', (request) => void requested.set(request, entry(request)));
  context.on('requestfailed', (request) => void requested.set(request, { ...entry(request), failure: request.failure()?.errorText ?? 'failed' }));
  const worker = extension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }))) : undefined;
  const extensionId = worker ? new URL(worker.url()).host : 'none';
  if (worker) {
    // The extension opens its welcome page on install; a tab that opened after a test's own would
    // hide that one (a hidden tab is not scanned). Suites start once it is there.
    const welcome = (p: PwPage) => p.waitForURL(/\/welcome\.html$/, { timeout: WAIT_MS });
    await Promise.any([...context.pages().map(welcome), context.waitForEvent('page', { timeout: WAIT_MS }).then(welcome)]);
  }
  return {
    name: 'chromium',
    requests: () => [...requested.values()],
    newTab: async () => {
      const page = await context.newPage();
      // The reader's tab is the one in front (a hidden tab is not scanned).
      await page.bringToFront();
      return playwrightTab(page, context);
    },
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    async pressToolbarButton(url) {
      const cdp = await context.browser()!.newBrowserCDPSession();
      // The action runs on a tab target, which CDP lists apart from the tab's page.
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === url);
      if (!tab) throw new Error(`no tab shows ${url}`);
      // Playwright's protocol types predate the Extensions domain: the command is sent untyped.
      const untyped = cdp as unknown as { send(method: string, params: object): Promise<unknown> };
      await untyped.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      await cdp.detach();
    },
    close: () => context.close(),
  };
}

async function launchFirefox(profile: string, { extension = true, dark = false, lang }: LaunchOptions): Promise<Session> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1100, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...firefoxHostPrefs(),
      // Pins the moz-extension:// address so that tests can open the popup and options.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: GECKO_UUID }),
      // A site the reader adds is granted without the prompt, which no driver can answer (Chromium's cannot be: the
      // tests there stop at the prompt). The extension still asks through permissions.request.
      'extensions.webextOptionalPermissionPrompts': false,
      // The interface language, from Debian's language pack (firefox-esr-l10n-<lang>, which .ci/run installs).
      ...(lang ? { 'intl.locale.requested': lang } : {}),
      // 0: pages see prefers-color-scheme: dark, 1: light.
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    },
  });
  // The extension opens its welcome page on install (see launchChromium): suites start once that tab is there.
  const welcomed = new Promise<void>((resolve) => browser.once('targetcreated', () => resolve()));
  if (extension) {
    await browser.installExtension(buildDir('firefox'));
    await Promise.race([welcomed, new Promise((_, reject) => setTimeout(() => reject(new Error('the welcome page did not open')), WAIT_MS))]);
  }
  const requested = new Map<object, { url: string; navigation: boolean; failure?: string }>();
  const entry = (request: import('puppeteer-core').HTTPRequest) => ({ url: request.url(), navigation: request.isNavigationRequest() });
  const record = (page: PpPage | null) => {
    page?.on('request', (request) => void requested.set(request, entry(request)));
    page?.on('requestfailed', (request) => void requested.set(request, { ...entry(request), failure: request.failure()?.errorText ?? 'failed' }));
  };
  browser.on('targetcreated', (target) => void target.page().then(record, () => undefined));
  for (const page of await browser.pages()) record(page);
  return {
    name: 'firefox',
    requests: () => [...requested.values()],
    newTab: async () => {
      const page = await browser.newPage();
      // The reader's tab is the one in front (a hidden tab is not scanned).
      await page.bringToFront();
      return puppeteerTab(page, browser);
    },
    extensionUrl: (page) => `moz-extension://${GECKO_UUID}/${page}`,
    close: () => browser.close(),
  };
}

/** Starts a browser with a fresh profile and the built extension (unless `extension: false`); `headed` (Chromium) shows its window. */
export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  checkPrerequisites(name);
  const profile = await mkdtemp(path.join(os.tmpdir(), `backgrounder-${name}-`));
  const session = await (name === 'chromium' ? launchChromium(profile, options) : launchFirefox(profile, options));
  return {
    ...session,
    close: async () => {
      await session.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

// Steps shared by the browser tests and the demo.

/** Number of ranges in our highlight, as the page itself sees it. */
export const markCount = () => CSS.highlights.get('backgrounder-mention')?.size ?? 0;

/** The text of every marked range, as the page itself sees our highlight. */
export const markedTexts = () => [...(CSS.highlights.get('backgrounder-mention') ?? [])].map((r) => (r as Range).toString());

/** In the page: selects the first occurrence of `word`, or puts the caret inside it (self-contained: it runs in the page). */
export function selectText({ word, collapse }: { word: string; collapse: boolean }): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, collapse ? at + 2 : at);
    range.setEnd(node, collapse ? at + 2 : at + word.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return;
  }
}

/**
 * In the page, after the card has drawn: each full date in it (`<time>` of a day) as shown, and as
 * the browser's own Intl writes it in `locale` (the page's main world, where the test evaluates, has
 * Intl whatever the extension did): a range's label starts with its first date.
 */
export function cardDates(locale: string): Array<{ text: string; written: string }> {
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return [...(globalThis.backgrounderCardRoot?.querySelectorAll('time') ?? [])]
    .filter((time) => time.dateTime.length === 10)
    .map((time) => ({ text: time.textContent ?? '', written: format.format(new Date(`${time.dateTime}T00:00:00Z`)) }));
}

/** Whether `text` is marked on the page (self-contained: it runs in the page). */
export const isMarked = (text: string) => [...(CSS.highlights.get('backgrounder-mention') ?? [])].some((r) => (r as Range).toString() === text);

/** Where to look for a word: in the page or in the document of the frame with id `frame`; scrolled to the middle of the screen, or only if already on screen. */
export type WordQuery = string | { word: string; frame?: string; scroll?: boolean };

/**
 * The first occurrence of a word in the page's text, in the top viewport's pixels: its centre and
 * box. By default it is scrolled to the middle of the screen first; with `scroll: false`, only an
 * occurrence already on screen counts. Self-contained, as it runs in the page.
 */
export function pointOf(query: WordQuery): { x: number; y: number; left: number; top: number; right: number; bottom: number } | null {
  const { word, frame, scroll = true } = typeof query === 'string' ? { word: query } : query;
  const holder = frame ? (document.getElementById(frame) as HTMLIFrameElement) : undefined;
  const doc = holder ? holder.contentDocument! : document;
  let dx = 0;
  let dy = 0;
  if (holder) {
    if (scroll) holder.scrollIntoView({ block: 'center' });
    const outer = holder.getBoundingClientRect();
    const style = getComputedStyle(holder);
    dx = outer.left + holder.clientLeft + Number.parseFloat(style.paddingLeft);
    dy = outer.top + holder.clientTop + Number.parseFloat(style.paddingTop);
  }
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(word);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    if (scroll && !holder) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    if (!rect || (!scroll && (rect.top + dy < 0 || rect.bottom + dy > innerHeight))) continue;
    const [left, top, right, bottom] = [rect.left + dx, rect.top + dy, rect.right + dx, rect.bottom + dy];
    return { x: (left + right) / 2, y: (top + bottom) / 2, left, top, right, bottom };
  }
  return null;
}

/**
 * The tab id the extension knows a site's page by. Without the "tabs" permission the
 * extension cannot see tab addresses, so this reads the per-tab state that the background
 * stored when the page reported in (lib/ext/tab-state.ts).
 */
export async function tabIdOf(session: Session, site: string): Promise<number> {
  const ext = await session.newTab();
  await ext.goto(session.extensionUrl('options.html'));
  const id = await ext.evaluateWith(async (wanted) => {
    type StorageApi = { storage: { session: { get(keys: null): Promise<Record<string, { site?: string }>> } } };
    const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    const all = await (g.browser ?? g.chrome)!.storage.session.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('tab-') && all[k]?.site === wanted);
    return key ? Number(key.slice('tab-'.length)) : -1;
  }, site);
  await ext.close();
  if (id < 0) throw new Error(`no tab on ${site} has reported to the extension`);
  return id;
}

export async function openPopup(session: Session, tabId: number): Promise<Tab> {
  const popup = await session.newTab();
  await popup.goto(session.extensionUrl(`popup.html?tabId=${tabId}`));
  return popup;
}

