// A happy-dom document for Node tests of DOM-using article code (scripts never run).
// DOMPurify does not work on happy-dom (sanitize.ts refuses it), so these tests swap in
// `stripTagsForTests`; the real sanitiser is tested in Chromium (tests/e2e/library-hostile.test.ts).
import { Window } from 'happy-dom';

export function parsePage(html: string, url = 'https://example.org/news/1.html') {
  const win = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { win: win as never, doc, close: () => win.happyDOM.close() };
}

/** Not a sanitiser: lets extraction run in Node. Drops scripts/styles and event attributes crudely. */
export function stripTagsForTests(html: string): string {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/\son\w+="[^"]*"/gi, '');
}
