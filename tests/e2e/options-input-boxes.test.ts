// Input boxes on a Chinese page that Qingwen converts: what the reader types is never
// converted and the caret never moves; the context-menu conversion of a box's text works on
// <input>, <textarea> and a contenteditable editor, keeping the caret and the editor's markup.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useWorld } from '@/tests/harness/world';
import { waitForState } from '@/tests/harness/tab';

const world = useWorld({ locale: 'zh-CN' });

async function clickMenu(page: Page, menuItemId: string) {
  const tabId = await world.ext.tabIdOf(page);
  return world.ext.worker.evaluate(([id, tabId]) => (globalThis as any).qingwen.runMenuItem(id, tabId, 0), [menuItemId, tabId] as const);
}

async function openEditorPage(): Promise<Page> {
  const page = await world.openTab('/options/editor.html');
  await waitForState(page, 'active');
  expect(await page.textContent('#headline')).toBe('读者留言板');
  return page;
}

/** Value and caret of a box: input/textarea by their properties, the editor by its text and the selection. */
const boxState = (page: Page, id: string) =>
  page.evaluate((id) => {
    const box = document.getElementById(id) as HTMLInputElement | HTMLElement;
    if ('value' in box) return { value: box.value, caret: box.selectionStart };
    const selection = getSelection()!;
    return { value: box.innerHTML, caret: selection.focusOffset, inside: box.contains(selection.focusNode) };
  }, id);

/** Makes the page change elsewhere and waits until Qingwen converted it: a batch has run since the typing. */
async function afterNextBatch(page: Page, n: number) {
  await page.evaluate((n) => {
    const p = document.createElement('p');
    p.id = `late-${n}`;
    p.textContent = '這是後來載入的留言。';
    document.getElementById('feed')!.append(p);
  }, n);
  await expect.poll(() => page.textContent(`#late-${n}`)).toBe('这是后来载入的留言。');
}

test('typing into an input, a textarea and a contenteditable editor is never converted, and the caret stays', async () => {
  const page = await openEditorPage();
  let batch = 0;
  for (const id of ['name', 'comment']) {
    await page.click(`#${id}`);
    await page.keyboard.type('這個國家很美');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('真');
    const typed = { value: '這個國家真很美', caret: 5 };
    expect(await boxState(page, id)).toEqual(typed);
    await afterNextBatch(page, batch++);
    expect(await boxState(page, id)).toEqual(typed);
  }

  await page.click('#editor b');
  await page.keyboard.press('End');
  await page.keyboard.type('與讀者');
  const edited = await boxState(page, 'editor');
  expect(edited).toMatchObject({ value: '<p>編輯器裡的<b>內容與讀者</b></p>', inside: true });
  await afterNextBatch(page, batch++);
  expect(await boxState(page, 'editor')).toEqual(edited);
  await page.close();
});

test('the context-menu conversion of a box converts its text, keeps the caret and tells the page', async () => {
  const page = await openEditorPage();
  const heard = (id: string) => page.evaluate((id) => (window as any).heard[id] as number, id);
  for (const id of ['name', 'comment']) {
    await page.click(`#${id}`);
    await page.keyboard.type('這個國家很美');
    await page.evaluate((id) => (document.getElementById(id) as HTMLInputElement).setSelectionRange(2, 2), id);
    const before = await heard(id);
    expect(await clickMenu(page, 'qingwen-convert-field')).toEqual({ converted: 1 });
    expect(await boxState(page, id)).toEqual({ value: '这个国家很美', caret: 2 });
    expect(await heard(id)).toBe(before + 1);
  }
  await page.click('#editor b');
  await page.keyboard.press('End');
  expect(await heard('editor')).toBe(0);
  expect(await clickMenu(page, 'qingwen-convert-field')).toEqual({ converted: 1 });
  expect(await boxState(page, 'editor')).toEqual({ value: '<p>编辑器里的<b>内容</b></p>', caret: 2, inside: true });
  expect(await heard('editor')).toBe(1);
  // Typing continues where the caret was.
  await page.keyboard.type('很多');
  expect(await page.innerHTML('#editor')).toBe('<p>编辑器里的<b>内容很多</b></p>');
  await page.close();
});
