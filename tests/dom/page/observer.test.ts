import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PageObserver, type DirtyBatch } from '@/lib/dom/observer';

// The observer paces itself with frames, timeouts and performance.now(): fake clocks make its
// timing exact here, so no test waits for real time or depends on how busy the machine is.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
let observer: PageObserver | undefined;
afterEach(() => {
  observer?.disconnect();
  vi.useRealTimers();
});

function watch(burst?: number) {
  const batches: DirtyBatch[] = [];
  observer = new PageObserver({ onBatch: (b) => batches.push(b), burst });
  observer.observe(document);
  return batches;
}
/** Lets MutationObserver deliver its records (a microtask), then runs 150 ms of timers and frames. */
const settle = () => vi.advanceTimersByTimeAsync(150);

test('changes are merged into one batch, without nodes inside other queued nodes', async () => {
  document.body.innerHTML = '<p id="a">一</p>';
  const batches = watch();
  document.body.insertAdjacentHTML('beforeend', '<div id="d"><p>二</p><p>三</p></div>');
  document.getElementById('a')!.firstChild!.nodeValue = '四';
  document.getElementById('d')!.appendChild(document.createElement('p'));
  document.getElementById('a')!.setAttribute('title', '五');
  await settle();
  expect(batches).toHaveLength(1);
  expect(batches[0].nodes.map((n) => (n as Element).id || n.nodeValue)).toEqual(['d', '四']);
  expect(batches[0].attrElements.map((e) => e.id)).toEqual(['a']);
  expect(batches[0].rescan).toBe(false);
});

test('Qingwen\'s own writes are dropped', async () => {
  document.body.innerHTML = '<p id="a">國</p>';
  const batches = watch();
  document.getElementById('a')!.firstChild!.nodeValue = '国';
  observer!.ignoreOwnWrites();
  await settle();
  expect(batches).toHaveLength(0);
});

test('a burst of changes turns into one rescan', async () => {
  document.body.innerHTML = '';
  const batches = watch(50);
  for (let i = 0; i < 200; i++) document.body.appendChild(document.createElement('p')).textContent = '字' + i;
  await settle();
  expect(batches).toEqual([{ nodes: [], attrElements: [], rescan: true }]);
});

test('a page that answers every batch with another change is slowed down, not followed forever', async () => {
  document.body.innerHTML = '<p id="a">0</p>';
  let batches = 0;
  observer = new PageObserver({
    onBatch: () => {
      batches++;
      document.getElementById('a')!.firstChild!.nodeValue = String(batches); // the page reacts again
    },
  });
  observer.observe(document);
  document.getElementById('a')!.firstChild!.nodeValue = 'start';
  await vi.advanceTimersByTimeAsync(1500);
  // Unchecked, a batch per frame would be ~90 in 1.5 s; the guard caps the rate.
  expect(batches).toBeGreaterThan(5);
  expect(batches).toBeLessThanOrEqual(33);
});

test('writes made unobserved are not seen; the page\'s changes before and after them are', async () => {
  document.body.innerHTML = '<p id="a">國</p><p id="b">語</p>';
  const batches = watch();
  document.getElementById('b')!.firstChild!.nodeValue = '頁面改的'; // the page, before our write
  observer!.unobserved(() => {
    document.getElementById('a')!.firstChild!.nodeValue = '国';
  });
  await settle();
  expect(batches.map((b) => b.nodes.map((n) => n.nodeValue))).toEqual([['頁面改的']]);
  document.getElementById('a')!.firstChild!.nodeValue = '又改了'; // the page again: still watched
  await settle();
  expect(batches.map((b) => b.nodes.map((n) => n.nodeValue))).toEqual([['頁面改的'], ['又改了']]);
});
