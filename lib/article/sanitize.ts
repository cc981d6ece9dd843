// One sanitiser for every place article HTML passes: when saving (content script) and
// again when rendering or exporting (library page). Saved HTML is data, never code.
import DOMPurify from 'dompurify';

/** Tags that carry code, plugins, forms or page chrome; never part of a saved article. */
const FORBID_TAGS = ['script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'template', 'noscript', 'dialog', 'portal'];
const FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'xlink:href', 'id', 'class'];
/** Only these schemes survive in href/src: no javascript:, vbscript:, blob: or file:. */
const SAFE_URL = /^(?:https?:|mailto:|data:image\/(?:png|jpe?g|gif|webp|avif|bmp);|[^:]*$)/i;

type WindowLike = Parameters<typeof DOMPurify>[0];

/** Thrown where DOMPurify cannot work (it would silently return its input). */
export class SanitizerUnavailableError extends Error {}

const CANARY = '<img src="x.png" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">a</a>';

function checkedPurify(win: WindowLike) {
  const purify = DOMPurify(win);
  const probe = purify.isSupported ? String(purify.sanitize(CANARY)) : '';
  // Refuse DOMs that claim support but do not sanitise (happy-dom and linkedom do exactly that).
  if (!purify.isSupported || !probe.includes('<img') || /onerror|script|javascript/i.test(probe)) {
    throw new SanitizerUnavailableError('DOMPurify does not work in this environment');
  }
  return purify;
}

export function sanitizeArticleHtml(html: string, win: WindowLike = globalThis.window as WindowLike): string {
  const purify = checkedPurify(win);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if ((data.attrName === 'href' || data.attrName === 'src') && !SAFE_URL.test(data.attrValue.trim())) {
      data.keepAttr = false;
    }
    if (data.attrName === 'srcset' && /javascript:|data:(?!image\/)/i.test(data.attrValue)) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links leave the library in a new tab and tell the site nothing about where they came from.
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    // Remote images in the library should not tell their sites which saved article is being read.
    if (node.nodeName === 'IMG') {
      node.setAttribute('referrerpolicy', 'no-referrer');
      node.setAttribute('loading', 'lazy');
    }
  });
  return purify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: ['target'],
    USE_PROFILES: { html: true },
  }) as unknown as string;
}
