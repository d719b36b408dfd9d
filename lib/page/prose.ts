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

/** Whether an element is hidden from every reader by its own markup (no style computation: that would cost a layout). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute('inert') || el.getAttribute('aria-hidden') === 'true') return true;
  // The inline style is read only where the element has one: reading .style makes an object per element.
  if (!el.hasAttribute('style')) return false;
  const style = (el as HTMLElement).style;
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

/** Whether an element is the site's rather than the article's. */
function isChrome(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const tag = el.localName;
  if ((tag === 'header' || tag === 'footer' || tag === 'aside') && !el.parentElement?.closest(SECTIONING)) return true;
  const names = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return names.length > 1 && CHROME_NAMES.test(names);
}

/** Whether `el` is hidden or the site's, whatever its tag: a frame that is neither is read as part of the page. */
export function isHiddenOrChrome(el: Element): boolean {
  return isHidden(el) || isChrome(el);
}

/** Whether the scan leaves out `el` and everything in it. */
export function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.localName)) return true;
  // By the attribute (the whole editable region is left, so its children need no asking): isContentEditable can make the browser compute styles.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return isHidden(el) || isChrome(el);
}
