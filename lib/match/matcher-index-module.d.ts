/** The index compiled at build time (lib/cli/matcher-index-plugin.ts): a CompiledIndex as JSON. */
declare module 'virtual:backgrounder/matcher-index' {
  const json: string;
  export default json;
}

/** Every item's id, kind, name and outlet domains (ItemSummary[]) as JSON. */
declare module 'virtual:backgrounder/page-items' {
  const json: string;
  export default json;
}
