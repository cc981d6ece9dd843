import { looksChinese } from '@/lib/detect/looks-chinese';
import { registerArticleExtraction } from '@/lib/article/content-handler';
import { startContentController } from '@/lib/page/content-controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    ctx.onInvalidated(registerArticleExtraction()); // tiny listener; the extractor loads on demand
    const start = performance.now();
    const chinese = looksChinese(document);
    const stop = startContentController(document, {
      chinese,
      // The engine is an ES module under /engine/ (web-accessible), fetched only when needed.
      loadEngine: () => import(/* @vite-ignore */ browser.runtime.getURL('/engine/engine.js' as '/popup.html')),
    });
    ctx.onInvalidated(stop);
    // Visible in the page's performance timeline: what Qingwen costs on every page.
    performance.measure('qingwen:content-script', { start, end: performance.now(), detail: { chinese } });
  },
});
