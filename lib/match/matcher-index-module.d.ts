/** The index compiled at build time (lib/cli/matcher-index-plugin.ts): a CompiledIndex as JSON. */
declare module 'virtual:backgrounder/matcher-index' {
  const json: string;
  export default json;
}

/** The gate's part of the index (compiled.ts `gateOf`), which the content script carries: a CompiledIndex, written as an object literal. */
declare module 'virtual:backgrounder/matcher-gate' {
  const gate: import('./compiled').CompiledIndex;
  export default gate;
}

/** The rest of the index (compiled.ts `restOf`), which the matcher kit carries: an IndexRest as JSON. */
declare module 'virtual:backgrounder/matcher-rest' {
  const json: string;
  export default json;
}

/** Every item's id, kind, name and outlet domains (ItemSummary[]) as JSON. */
declare module 'virtual:backgrounder/page-items' {
  const json: string;
  export default json;
}
