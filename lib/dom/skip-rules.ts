// The one list of what Qingwen never rewrites. Text inside these elements is code,
// user input, another language, or deliberately untranslated; changing it would break the page.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR',
]);

/** Same rules as a selector, for asking "is this node inside a skipped subtree?" in one call. */
export const SKIPPED_SELECTOR =
  'script,style,noscript,template,textarea,code,pre,kbd,samp,var,' +
  '[contenteditable]:not([contenteditable="false"]),[translate="no"],.notranslate,[lang|="ja"],[lang|="ko"]';

/**
 * Attributes a reader sees; rewritten like text. `label` names options and option groups in a
 * drop-down; `value` counts only where it is a button's caption (see isTextAttribute).
 */
export const TEXT_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label', 'label', 'value'] as const;

/** Form fields: their content is user input, but their placeholder, title and button captions are page text. */
export const FORM_FIELDS = new Set(['INPUT', 'TEXTAREA']);

const BUTTON_TYPES = new Set(['button', 'submit', 'reset']);

/** Whether attribute `name` of `el` is text the page shows (an input's value is the reader's own, a button's is not). */
export function isTextAttribute(el: Element, name: string): boolean {
  if (name !== 'value') return true;
  return el.tagName === 'INPUT' && BUTTON_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

/** Another language declared on the element: Japanese or Korean text is never converted. */
const FOREIGN_LANG = /^(ja|ko)\b/i;

/** True when `el` itself starts a subtree Qingwen must leave alone. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (!el.hasAttributes()) return false; // most elements: no attribute lookups at all
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('translate') === 'no') return true;
  const lang = el.getAttribute('lang');
  if (lang && FOREIGN_LANG.test(lang)) return true;
  return el.classList.contains('notranslate');
}

/**
 * True when `node` sits in a skipped subtree. Used for nodes reached one by one
 * (mutations, selections), where the walker's subtree rejection did not apply.
 * Crosses shadow boundaries: a shadow root inherits its host's rules.
 */
export function isInSkippedSubtree(node: Node): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el) {
    if (el.closest(SKIPPED_SELECTOR)) return true;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  // A text node directly under a shadow root has no parent element.
  if (!node.parentElement && node.nodeType === 3) {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot) return isInSkippedSubtree(root.host);
  }
  return false;
}
