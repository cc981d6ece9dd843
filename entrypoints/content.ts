import { looksChinese } from '@/lib/detect/looks-chinese';
import { registerArticleExtraction } from '@/lib/article/content-handler';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    ctx.onInvalidated(registerArticleExtraction()); // tiny listener; the extractor loads on demand
    if (!looksChinese(document)) return;
    const engineUrl = browser.runtime.getURL('/engine/engine.js' as '/popup.html');
    const engine = await import(/* @vite-ignore */ engineUrl);
    const session = await engine.startPageSession(document);
    ctx.onInvalidated(() => session.stop());
  },
});
