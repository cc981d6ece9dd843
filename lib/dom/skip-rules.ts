// The one list of what Qingwen never rewrites. Text inside these elements is code,
// user input or deliberately untranslated, and changing it would break the page.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR',
]);

/** Same rules as a selector, for asking "is this node inside a skipped subtree?" in one call. */
export const SKIPPED_SELECTOR =
  'script,style,noscript,template,textarea,select,code,pre,kbd,samp,var,' +
  '[contenteditable]:not([contenteditable="false"]),[translate="no"],.notranslate';

/** Attributes a reader sees; rewritten like text. Input values are never touched. */
export const TEXT_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

/** Form fields: their content is user input, but their placeholder and title are page text. */
export const FORM_FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** True when `el` itself starts a subtree Qingwen must leave alone. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (!el.hasAttributes()) return false; // most elements: no attribute lookups at all
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('translate') === 'no') return true;
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
