// Keeps a page's text from being painted while its conversion is being prepared (the engine
// and dictionary take tens of milliseconds to load, the first paint may come sooner). The veil
// is a constructed style sheet in adoptedStyleSheets: no element is added to the page, and
// lifting it leaves no trace. It always lifts: when the first batch is written, when the
// session stops, or after `maxMs` whatever happens.
// Visibility alone is not enough: a page's own `visibility: visible` rules show their elements
// through it (WeChat articles, hk01). Opacity cannot be undone by a descendant.
const VEIL_CSS = 'html{visibility:hidden!important;opacity:0!important}';

export interface Veil {
  lift(): void;
  readonly lifted: boolean;
}

export function drawVeil(doc: Document, maxMs: number): Veil {
  let sheet: CSSStyleSheet | null = null;
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(VEIL_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    sheet = null; // no constructable sheets: no veil, the page shows as it loads
  }
  let lifted = !sheet;
  const timer = lifted ? undefined : setTimeout(() => veil.lift(), maxMs);
  const veil: Veil = {
    lift() {
      if (lifted) return;
      lifted = true;
      clearTimeout(timer);
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        /* the document is gone */
      }
    },
    get lifted() {
      return lifted;
    },
  };
  return veil;
}
