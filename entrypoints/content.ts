import { articleHandlers } from '@/lib/article/content-handler';
import { startContentController } from '@/lib/page/content-controller';

/** engine/engine.js's static chunks, named by the build (wxt.config.ts). */
declare const __QINGWEN_ENGINE_CHUNKS__: readonly string[];

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
      // The engine is an ES module under /engine/ (web-accessible), fetched only when needed; its
      // static chunks are asked for at the same time (the build names them), not after it arrives.
      loadEngine: () => {
        const url = (path: string) => browser.runtime.getURL(`/engine/${path}` as '/popup.html');
        for (const chunk of typeof __QINGWEN_ENGINE_CHUNKS__ === 'undefined' ? [] : __QINGWEN_ENGINE_CHUNKS__) {
          import(/* @vite-ignore */ url(chunk)).catch(() => {});
        }
        return import(/* @vite-ignore */ url('engine.js'));
      },
      // Saving articles: Readability and DOMPurify load from /engine/article.js only when asked;
      // the page session gives the page's own text beside the converted one.
      extraHandlers: (page) => articleHandlers(page),
    });
    ctx.onInvalidated(stop);
  },
});
