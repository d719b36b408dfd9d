/** The part of mark.js (no types of its own) that the browser bench uses. */
declare module 'mark.js' {
  interface MarkOptions {
    accuracy?: 'partially' | 'complementary' | 'exactly';
    diacritics?: boolean;
    separateWordSearch?: boolean;
    acrossElements?: boolean;
  }
  export default class Mark {
    constructor(context: Element);
    mark(keyword: string | string[], options?: MarkOptions): void;
    markRegExp(regexp: RegExp, options?: MarkOptions): void;
  }
}
