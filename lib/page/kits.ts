/**
 * Kits: scripts of ours that the content script imports (web-accessible, at an address that
 * changes per session in Chromium, so that no page can probe for them), which run in its isolated
 * world and install what they export under a symbol there, out of the page's reach. A kit's script
 * installs it through its slot; the content script imports it with boot.ts `importKit` (this module
 * asks nothing of the browser, so that a kit that carries no browser API stays without).
 */

export interface KitSlot<T> {
  /** The kit's script, from the extension's root (`/card-kit.js`). */
  readonly script: string;
  /** Called by the kit's script: makes the kit available to the content script of this realm. */
  install(kit: T): void;
  /** The kit, if its script has run in this realm. */
  installed(): T | undefined;
}

/** The slot of the kit whose script is `script`. */
export function kitSlot<T>(script: string): KitSlot<T> {
  const key = Symbol.for(`backgrounder${script}`);
  const realm = globalThis as { [key: symbol]: T | undefined };
  return { script, install: (kit) => void (realm[key] = kit), installed: () => realm[key] };
}
