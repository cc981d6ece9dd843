import { expect, test } from 'vitest';
import { OriginalStore } from '@/lib/dom/originals';
import { applyWrites, langWrites, writeTextBatch } from '@/lib/dom/rewrite';

test('only changed nodes are written, and revert gives back the page exactly', () => {
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '<p>國語</p><p>中文</p><img alt="國旗">';
  const [a, b] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
  const img = document.querySelector('img')!;
  const store = new OriginalStore();
  const changed = applyWrites(
    store,
    [{ node: a, source: '國語', value: '国语' }, { node: b, source: '中文', value: '中文' }],
    [{ ref: { el: img, name: 'alt' }, source: '國旗', value: '国旗' }, ...langWrites(store, [document], 'zh-Hans')],
  );
  expect(changed).toBe(3);
  expect(document.documentElement.outerHTML).toContain('lang="zh-Hans"');
  expect(a.nodeValue).toBe('国语');
  expect(store.revert()).toBe(3);
  expect(document.body.innerHTML).toBe('<p>國語</p><p>中文</p><img alt="國旗">');
  expect(document.documentElement.hasAttribute('lang')).toBe(false);
});

test('nodes the page changed after our write keep the page value on revert', () => {
  document.body.innerHTML = '<p>國語</p><p>這個</p>';
  const [a, b] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
  const store = new OriginalStore();
  applyWrites(store, [{ node: a, source: '國語', value: '国语' }, { node: b, source: '這個', value: '这个' }]);
  a.nodeValue = '頁面自己改了';
  store.revert();
  expect(a.nodeValue).toBe('頁面自己改了');
  expect(b.nodeValue).toBe('這個');
});

test('a node the page keeps changing back is given up after a few rounds', () => {
  document.body.innerHTML = '<p>國</p>';
  const node = document.querySelector('p')!.firstChild as Text;
  const store = new OriginalStore();
  let writes = 0;
  for (let i = 0; i < 20; i++) {
    writes += applyWrites(store, [{ node, source: '國', value: '国' }]);
    node.nodeValue = '國'; // the page fights back
  }
  expect(writes).toBeGreaterThan(1);
  expect(writes).toBeLessThan(20);
});

test('a page pass batch writes only changed nodes, reports what each node shows, and reverts', () => {
  document.body.innerHTML = '<p>國語</p><p>中文</p>';
  const nodes = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
  const store = new OriginalStore();
  const current = ['國語', '中文'];
  expect(writeTextBatch(store, nodes, current, ['國語', '中文'], ['国语', '中文'])).toBe(1);
  expect(current).toEqual(['国语', '中文']);
  expect(nodes.map((n) => n.nodeValue)).toEqual(['国语', '中文']);
  expect(store.revert()).toBe(1);
  expect(document.body.innerHTML).toBe('<p>國語</p><p>中文</p>');
});

test('a page pass batch gives up on a node the page keeps changing back, like applyWrites', () => {
  document.body.innerHTML = '<p>國</p>';
  const node = document.querySelector('p')!.firstChild as Text;
  const store = new OriginalStore();
  let writes = 0;
  for (let i = 0; i < 20; i++) {
    const current = ['國'];
    writes += writeTextBatch(store, [node], current, ['國'], ['国']);
    expect(current[0]).toBe(node.nodeValue);
    node.nodeValue = '國';
  }
  expect(writes).toBeGreaterThan(1);
  expect(writes).toBeLessThan(20);
});
