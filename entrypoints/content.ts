import { articleHandlers } from '@/lib/article/content-handler';
import { startContentController } from '@/lib/page/content-controller';

// document_start: the first look reads the page as the parser builds it, so a page that needs
// converting is converted before it is first painted. Until the page is known to be Chinese,
// nothing else is loaded. `npm run bench:page` also builds the document_idle variant
// (mode "idle") to measure what starting early gains.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: import.meta.env.MODE === 'idle' ? 'document_idle' : 'document_start',
  main(ctx) {
    const stop = startContentController(document, {
      // The engine is an ES module under /engine/ (web-accessible), fetched only when needed.
      loadEngine: () => import(/* @vite-ignore */ browser.runtime.getURL('/engine/engine.js' as '/popup.html')),
      // Saving articles: Readability and DOMPurify load from /engine/article.js only when asked;
      // the page session gives the page's own text beside the converted one.
      extraHandlers: (page) => articleHandlers(page),
    });
    ctx.onInvalidated(stop);
  },
});
