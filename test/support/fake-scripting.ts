/**
 * In-memory `scripting` and `permissions` for WXT's fake browser, which leaves them
 * unimplemented: registered content scripts, granted origins and their events, with the
 * browser's own rule that an id is registered once. Tests read and change the state directly.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

/** An extension event as the fake browser's own are: listeners, and a way for the test to fire it. */
function fakeEvent<A extends unknown[]>() {
  const listeners: Array<(...args: A) => void> = [];
  return {
    addListener: (l: (...args: A) => void) => void listeners.push(l),
    removeListener: (l: (...args: A) => void) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    hasListener: (l: (...args: A) => void) => listeners.includes(l),
    trigger: (...args: A) => listeners.forEach((l) => l(...args)),
  };
}

/** Installs the in-memory APIs on the fake browser (call after `fakeBrowser.reset()`); returns their state. */
export function installFakeScripting() {
  const state = {
    registered: [] as RegisteredScript[],
    granted: new Set<string>(),
    injected: [] as Array<{ tabId: number; files?: string[]; func?: () => void }>,
    onAdded: fakeEvent<[{ origins?: string[] }]>(),
    onRemoved: fakeEvent<[{ origins?: string[] }]>(),
  };
  Object.assign(fakeBrowser.scripting as object, {
    getRegisteredContentScripts: async () => state.registered.map((s) => ({ ...s })),
    registerContentScripts: async (scripts: RegisteredScript[]) => {
      for (const s of scripts) if (state.registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      state.registered.push(...scripts);
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      state.registered = state.registered.filter((s) => !ids.includes(s.id));
    },
    executeScript: async (injection: { target: { tabId: number }; files?: string[]; func?: () => void }) => {
      state.injected.push({ tabId: injection.target.tabId, files: injection.files, func: injection.func });
      injection.func?.();
      return [];
    },
  });
  Object.assign(fakeBrowser.permissions as object, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => state.granted.has(o)),
    onAdded: state.onAdded,
    onRemoved: state.onRemoved,
  });
  return state;
}
