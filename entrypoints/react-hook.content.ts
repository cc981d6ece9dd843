import { installReactHook } from '@/lib/page/react-hook';

// In the page's own world, before any of its scripts: hears React load and commit, so that
// Qingwen's conversion never meets React's hydration (see lib/page/react-hook.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_start',
  world: 'MAIN',
  // Firefox's MV2 build cannot run a content script in the page's world.
  exclude: ['firefox'],
  main() {
    installReactHook(window);
  },
});
