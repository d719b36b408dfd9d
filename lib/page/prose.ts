/**
 * What on a page is prose to scan: not scripts, form fields, code or editable regions (not
 * ours to touch), and not site chrome (navigation, banners, the page's own header and footer,
 * cookie and newsletter boxes, hidden elements), where the same names repeat on every page
 * and marks there would only teach the reader to ignore marks.
 */

/**
 * Elements whose text is not prose, or not the reader's to have us touch. By `localName`, which the
 * browser keeps as one string per element (tagName would be uppercased anew for every element of a
 * page walked).
 */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'canvas', 'iframe', 'object', 'head', 'title',
  'nav', 'dialog',
]);

/** Landmark and widget roles of site chrome (WAI-ARIA): the article is never one of these. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search', 'dialog', 'alertdialog', 'complementary']);

/** Class or id words of consent, subscription and sharing boxes. */
const CHROME_NAMES = /(^|[\s_-])(cookie|consent|gdpr|newsletter|subscribe|paywall|share|social|related|promo|advert)s?($|[\s_-])/i;

/** Sectioning elements: a header, footer or aside inside one belongs to it, not to the site. */
const SECTIONING = 'article, main, section, [role="main"], [role="article"]';

/** Elements that end a run of text: a name never continues across them. */
export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'section', 'table', 'td', 'th', 'tr', 'ul', 'body', 'html',
]);

/** Verdicts of the chrome words on the class and id values met: a page repeats a few hundred values over thousands of elements. */
const nameVerdicts = new Map<string, boolean>();
const MAX_NAME_VERDICTS = 10_000;

function chromeName(value: string): boolean {
  let verdict = nameVerdicts.get(value);
  if (verdict === undefined) {
    if (nameVerdicts.size >= MAX_NAME_VERDICTS) nameVerdicts.clear();
    nameVerdicts.set(value, (verdict = CHROME_NAMES.test(value)));
  }
  return verdict;
}

/** A header, footer or aside of the site: one outside any sectioning element. */
function isChromeTag(el: Element, tag: string): boolean {
  return (tag === 'header' || tag === 'footer' || tag === 'aside') && !el.parentElement?.closest(SECTIONING);
}

/** The check an attribute's name calls for. */
const enum Attribute { Hidden = 1, AriaHidden, ContentEditable, Style, Role, Class, Id }
/** The attributes that may leave an element out, each to its check: one look-up a name, where comparing it with each in turn cost more. */
const ATTRIBUTES = new Map<string, Attribute>([
  ['hidden', Attribute.Hidden], ['inert', Attribute.Hidden], ['aria-hidden', Attribute.AriaHidden], ['contenteditable', Attribute.ContentEditable],
  ['style', Attribute.Style], ['role', Attribute.Role], ['class', Attribute.Class], ['id', Attribute.Id],
]);

/**
 * Whether an element's own attributes leave it out: hidden from every reader (no style computation:
 * that would cost a layout), the site's by role, class or id, or (with `editable`) an editable
 * region, whose whole subtree is left, so that its children need no asking (isContentEditable can
 * make the browser compute styles). The attributes' names are read in one call and only the values
 * that matter are asked for: an element costs two or three calls into the DOM, not ten; one with no
 * attributes (most paragraphs and inline elements), one call that makes no array.
 */
function leftOutByAttributes(el: Element, editable: boolean): boolean {
  if (!el.hasAttributes()) return false;
  const names = el.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    switch (ATTRIBUTES.get(names[i]!)) {
      case undefined:
        break;
      case Attribute.Hidden:
        return true;
      case Attribute.AriaHidden:
        if (el.getAttribute('aria-hidden') === 'true') return true;
        break;
      case Attribute.ContentEditable:
        if (editable && el.getAttribute('contenteditable') !== 'false') return true;
        break;
      case Attribute.Style: {
        // Only where the element has one: reading .style makes an object per element.
        const style = (el as HTMLElement).style;
        if (style !== undefined && (style.display === 'none' || style.visibility === 'hidden')) return true;
        break;
      }
      case Attribute.Role:
        if (CHROME_ROLES.has(el.getAttribute('role')!)) return true;
        break;
      case Attribute.Class: {
        // An SVG element's className is an object: its class is never a box of the site's chrome.
        const name = el.className;
        if (typeof name === 'string' && chromeName(name)) return true;
        break;
      }
      case Attribute.Id:
        if (chromeName(el.id)) return true;
        break;
    }
  }
  return false;
}

/** Whether `el` is hidden or the site's, whatever its tag: a frame that is neither is read as part of the page. */
export function isHiddenOrChrome(el: Element): boolean {
  return isChromeTag(el, el.localName) || leftOutByAttributes(el, false);
}

/** Whether the scan leaves out `el` and everything in it (the live scan asks it of a changed node's parents). */
export function isSkipped(el: Element): boolean {
  return isSkippedByTag(el, el.localName) || isLeftOutByAttributes(el);
}

/** The part of `isSkipped` that its tag decides (with, for a header, footer or aside, where it is). */
export function isSkippedByTag(el: Element, tag: string): boolean {
  return SKIPPED.has(tag) || isChromeTag(el, tag);
}

/** The part of `isSkipped` that its attributes decide: hidden, the site's, or editable. */
export function isLeftOutByAttributes(el: Element): boolean {
  return leftOutByAttributes(el, true);
}
