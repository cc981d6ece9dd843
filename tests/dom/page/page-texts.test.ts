// The page's own text beside what the session wrote (what a saved article keeps as its original):
// repaired, never converted; nodes the session left alone give what they show.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startPageSession, type PageSession } from '@/lib/page/page-session';
import { defaultSettings } from '@/lib/settings/schema';
import { fakeEngine } from './fake-engine';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
let session: PageSession | undefined;
afterEach(() => {
  session?.stop();
  vi.useRealTimers();
});

const textsOf = (root: Node) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
};

test('converted and repaired nodes give the repaired page text; untouched ones what they show', async () => {
  document.documentElement.setAttribute('lang', 'zh-Hant');
  document.head.innerHTML = '<title>這個國家</title>';
  document.body.innerHTML = '<h1>這個國(guó)家</h1><p>發(fā)展<code>國</code></p><p>OK</p>';
  session = await startPageSession(document, { engine: fakeEngine(), settings: defaultSettings('zh-CN') });
  const nodes = textsOf(document.body);
  expect(nodes.map((n) => n.nodeValue)).toEqual(['这个国家', '发展', '國', 'OK']);
  expect(session.pageTexts(nodes)).toEqual(['這個國家', '發展', '國', 'OK']);
  // After off, the page shows its own (garbled) text again, and that is what it has.
  await session.setActive(false);
  expect(session.pageTexts(nodes)).toEqual(['這個國(guó)家', '發(fā)展', '國', 'OK']);
});
