import { looksChinese } from '@/lib/detect/looks-chinese';
import { articleHandlers } from '@/lib/article/content-handler';
import { startContentController } from '@/lib/page/content-controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const start = performance.now();
    const chinese = looksChinese(document);
    const stop = startContentController(document, {
      chinese,
      // The engine is an ES module under /engine/ (web-accessible), fetched only when needed.
      loadEngine: () => import(/* @vite-ignore */ browser.runtime.getURL('/engine/engine.js' as '/popup.html')),
      // Saving articles: Readability and DOMPurify load from /engine/article.js only when asked.
      extraHandlers: articleHandlers,
    });
    ctx.onInvalidated(stop);
    // Visible in the page's performance timeline: what Qingwen costs on every page.
    performance.measure('qingwen:content-script', { start, end: performance.now(), detail: { chinese } });
  },
});
