// Each control of the options page, checked by its effect on a page open in another tab:
// reading settings, a protected phrase, a replacement (one and pasted), quotes for a Taiwan
// reader (and the toggle restoring them), a `*.` site rule on a subdomain, and a settings file.
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useWorld, FIXTURES_DIR } from '@/tests/harness/world';
import { getState, sendToTab, snapshot, waitForState } from '@/tests/harness/tab';
import { screenshot } from '@/tests/harness/extension';

const world = useWorld({ locale: 'zh-TW', serve: FIXTURES_DIR });
let options: Page;

/** Chromium resolves every *.localhost name to the loopback address: subdomains without a DNS server. */
const subdomainUrl = (sub: string, path: string) => world.server.url(path).replace('127.0.0.1', `${sub}.localhost`);

beforeAll(async () => {
  // The harness lets only 127.0.0.1 through; the *.localhost names point at the same server.
  await world.ext.context.route(/^http:\/\/[a-z0-9.-]+\.localhost:\d+\//, (route) => route.continue());
  options = await world.ext.context.newPage();
  await options.goto(`chrome-extension://${world.ext.extensionId}/options.html`);
  await options.getByTestId('options-target').waitFor();
});

const stored = () => world.ext.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings);
const text = (page: Page, selector: string) => page.textContent(selector);

async function openConverted(url: string): Promise<Page> {
  const page = await world.openTab(url);
  await waitForState(page, 'active');
  return page;
}

test('reading settings: target, conversion off and on, repair', async () => {
  const page = await openConverted('/options/quotes.html');
  expect(await text(page, '#headline')).toBe('東涌的軟件公司在上海開會');
  await options.getByTestId('options-target').selectOption('taiwan-phrases');
  await expect.poll(() => text(page, '#headline')).toBe('東涌的軟體公司在上海開會');
  await options.getByTestId('options-conversion').uncheck();
  await expect.poll(() => text(page, '#headline')).toBe('东涌的软件公司在上海开会');
  expect((await stored()).conversion).toBe('off');
  await options.getByTestId('options-conversion').check();
  await options.getByTestId('options-target').selectOption('taiwan');
  await expect.poll(() => text(page, '#headline')).toBe('東涌的軟件公司在上海開會');
  await options.getByTestId('options-repair').uncheck();
  await expect.poll(async () => (await stored()).repair).toBe(false);
  await options.getByTestId('options-repair').check();
  await page.close();
});

test('a protected phrase stays; a replacement applies; a bad pasted line names itself and adds nothing', async () => {
  const page = await openConverted('/options/quotes.html');
  await options.getByTestId('add-phrase-from').fill('软件');
  await options.getByTestId('add-phrase-from').press('Enter'); // empty replacement: protect it
  await expect.poll(() => text(page, '#headline')).toBe('東涌的软件公司在上海開會');
  expect((await stored()).protect).toEqual([{ phrase: '软件', direction: 'both' }]);

  await options.getByTestId('bulk-text').fill('上海=滬\n=空的\n公司');
  await options.getByTestId('bulk-phrases').getByRole('button').click();
  const status = options.getByTestId('bulk-status');
  await expect.poll(() => status.getAttribute('role')).toBe('alert');
  expect(await status.textContent()).toContain('第 2 行');
  expect((await stored()).phrases).toEqual([]);
  expect(await text(page, '#headline')).toBe('東涌的软件公司在上海開會');

  await options.getByTestId('bulk-text').fill('上海=滬\n\n开会=會議');
  await options.getByTestId('bulk-direction').selectOption('to-traditional');
  await options.getByTestId('bulk-phrases').getByRole('button').click();
  await expect.poll(() => text(page, '#headline')).toBe('東涌的软件公司在滬會議');
  expect(await options.getByTestId('replacements').locator('li').count()).toBe(2);

  // Each replacement applies in its own direction only.
  await options.getByTestId('options-target').selectOption('simplified');
  const traditional = await openConverted('/page/traditional.html');
  expect(await text(traditional, '#headline')).toBe('城市绿道连起百里滨江');
  await options.getByTestId('add-phrase-from').fill('綠道');
  await options.getByTestId('add-phrase-to').fill('绿廊');
  await options.getByTestId('add-phrase-direction').selectOption('to-simplified');
  await options.getByTestId('add-phrase-to').press('Enter');
  await expect.poll(() => text(traditional, '#headline')).toBe('城市绿廊连起百里滨江');
  expect(await text(page, '#headline')).toBe('东涌的软件公司在上海开会'); // a Simplified page for a Simplified reader

  // Deleted from the lists, they are gone from the pages too.
  await options.getByTestId('options-target').selectOption('taiwan');
  await expect.poll(() => text(page, '#headline')).toBe('東涌的软件公司在滬會議');
  for (let n = 0; n < 3; n++) await options.getByTestId('replacements').getByRole('button').first().click();
  await options.getByTestId('protected').getByRole('button').first().click();
  await expect.poll(() => text(page, '#headline')).toBe('東涌的軟件公司在上海開會');
  expect(await stored()).toMatchObject({ phrases: [], protect: [] });
  await page.close();
  await traditional.close();
});

test('quotes follow the target for a Taiwan reader, only around Chinese; turning the page off restores them', async () => {
  const page = await world.openTab('/options/quotes.html');
  const served = await snapshot(page);
  await waitForState(page, 'active');
  expect(await text(page, '#quote')).toBe('他說：“這個軟件‘很好用’。”大家都同意。');

  await options.getByTestId('options-punctuation-target').check();
  await expect.poll(() => text(page, '#quote')).toBe('他說：「這個軟件『很好用』。」大家都同意。');
  expect(await text(page, '#split')).toBe('經理說「明年」再決定。');
  expect(await text(page, '#english')).toBe('It’s a “small” test, and ‘don’t’ stays as written.');
  expect(await text(page, '#code')).toBe('print("软件“不变”")');

  await sendToTab(world, page, 'popupToContentSetActive', { active: false });
  await expect.poll(() => snapshot(page)).toBe(served);
  await sendToTab(world, page, 'popupToContentSetActive', { active: true });
  await expect.poll(() => text(page, '#quote')).toBe('他說：「這個軟件『很好用』。」大家都同意。');

  // A page already in Traditional gets the quotes (and the reader's phrases) too.
  const traditional = await world.openTab('/options/traditional-quotes.html');
  await expect.poll(() => text(traditional, '#quote')).toBe('她說：「這個軟件『很好用』。」我們都同意這個看法。');
  expect(await text(traditional, '#english')).toBe('It’s a “small” test.');
  expect(await text(traditional, '#headline')).toBe('讀者來信談軟件');

  await options.getByTestId('options-punctuation-keep').check();
  await expect.poll(() => text(page, '#quote')).toBe('他說：“這個軟件‘很好用’。”大家都同意。');
  await expect.poll(() => text(traditional, '#quote')).toBe('她說：“這個軟件‘很好用’。”我們都同意這個看法。');
  await page.close();
  await traditional.close();
});

test('a *. rule turns a subdomain off and leaves other sites alone; editing and deleting it apply at once', async () => {
  const sub = await openConverted(subdomainUrl('news.example', '/options/quotes.html'));
  const other = await openConverted('/options/quotes.html');
  expect(await text(sub, '#headline')).toBe('東涌的軟件公司在上海開會');

  await options.getByTestId('add-rule-pattern').fill('*.example.localhost');
  await options.getByTestId('add-rule-mode').selectOption('never');
  await options.getByTestId('add-rule-pattern').press('Enter');
  await expect.poll(() => text(sub, '#headline')).toBe('东涌的软件公司在上海开会');
  expect(await text(other, '#headline')).toBe('東涌的軟件公司在上海開會');
  expect((await stored()).sites).toEqual([{ pattern: '*.example.localhost', mode: 'never' }]);

  // Edit: the site gets a script of its own (Hong Kong) instead.
  await options.getByTestId('site-rule').getByRole('button').first().click();
  await options.getByTestId('edit-rule-mode').selectOption('target');
  await options.getByTestId('edit-rule-target').selectOption('hongkong');
  await options.getByTestId('edit-rule-pattern').press('Enter');
  await expect.poll(() => text(sub, '#headline')).toBe('東涌的軟件公司在上海開會');
  expect((await stored()).sites).toEqual([{ pattern: '*.example.localhost', mode: 'target', target: 'hongkong' }]);
  await expect.poll(async () => (await getState(world, sub)).convertedTo).toBe('hongkong');

  // A pattern that is not one is refused with a message, and nothing is stored.
  await options.getByTestId('add-rule-pattern').fill('a b');
  await options.getByTestId('add-rule-pattern').press('Enter');
  expect(await options.getByTestId('add-rule').getByRole('alert').textContent()).toBe('網站中不能有空格。');
  expect((await stored()).sites).toHaveLength(1);

  await options.getByTestId('site-rule').getByRole('button').nth(1).click();
  await expect.poll(async () => (await stored()).sites).toEqual([]);
  expect(await options.getByTestId('sites-empty').count()).toBe(1);
  await sub.close();
  await other.close();
});

test('a bad settings file changes nothing and says why; the minimal file of the issue loads', async () => {
  const page = await openConverted('/options/quotes.html');
  const before = await stored();
  const input = options.getByTestId('import-settings');
  const choose = (name: string, body: string) => input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  const alert = options.locator('[data-testid="import-status"][role="alert"]');

  await choose('broken.json', '{"format": "qingwen-settings", "target": ');
  await expect.poll(() => alert.textContent()).toMatch(/^沒有任何變更：檔案不是 JSON/);
  await choose('other.json', '{"format": "something-else", "version": 1}');
  await expect.poll(() => alert.textContent()).toBe('沒有任何變更：這不是清文的設定檔（格式為「something-else」）。');
  await choose('field.json', JSON.stringify({ format: 'qingwen-settings', version: 1, target: 'hongkong', sites: [{ pattern: 'ok.com', mode: 'never' }, { pattern: 'a b', mode: 'never' }] }));
  await expect.poll(() => alert.textContent()).toBe('沒有任何變更：欄位「sites」（第 2 項）有誤：網站不是主機名稱、*.網域或網址開頭。');
  expect(await stored()).toEqual(before);
  expect(await text(page, '#headline')).toBe('東涌的軟件公司在上海開會');
  await alert.scrollIntoViewIfNeeded();
  await screenshot(options, 'options-import-refused');

  const minimal = `{"format": "qingwen-settings", "version": 1, "target": "taiwan", "punctuation": "target",
    "sites": [{"pattern": "*.example.com", "mode": "never"}],
    "phrases": [{"from": "上海", "to": "滬", "direction": "to-traditional"}],
    "protect": ["東涌"]}`;
  await choose('minimal.json', minimal);
  await expect.poll(() => options.getByTestId('import-status').textContent()).toBe('已從 minimal.json 載入設定。');
  expect(await alert.count()).toBe(0);
  expect(await stored()).toEqual({
    target: 'taiwan',
    repair: true,
    conversion: 'auto',
    punctuation: 'target',
    sites: [{ pattern: '*.example.com', mode: 'never' }],
    phrases: [{ from: '上海', to: '滬', direction: 'to-traditional' }],
    protect: [{ phrase: '東涌', direction: 'both' }],
  });
  await expect.poll(() => text(page, '#headline')).toBe('東涌的軟件公司在滬開會');
  expect(await text(page, '#quote')).toBe('他說：「這個軟件『很好用』。」大家都同意。');
  expect(await options.getByTestId('site-rule').count()).toBe(1);
  await page.close();
});

test('settings go to storage.sync one item per setting; a phrase table too large for sync stays local with a visible note', async () => {
  const syncArea = () => world.ext.worker.evaluate(() => (globalThis as any).chrome.storage.sync.get(null));
  await options.getByTestId('options-target').selectOption('hongkong');
  await expect.poll(async () => (await syncArea())['settings.target']).toBe('hongkong');
  expect(await options.getByTestId('sync-phrases-local').count()).toBe(0);

  const lines = Array.from({ length: 5000 }, (_, i) => `詞語${i}號=词语${i}号`).join('\n');
  // As a paste does: one input event with all of it (typing 5,000 lines would take minutes).
  await options.getByTestId('bulk-text').evaluate((box: HTMLTextAreaElement, text) => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, lines);
  await options.getByTestId('bulk-phrases').getByRole('button').click();
  await expect.poll(async () => (await stored()).phrases.length).toBe(5001);
  expect(await options.getByTestId('sync-phrases-local').textContent()).toMatch(/^詞語表太大，無法同步（\d+ KB/);
  await options.evaluate(() => window.scrollTo(0, 0));
  await screenshot(options, 'options-sync-note');
  // The background keeps the table out of sync, and still syncs the rest.
  await options.getByTestId('options-target').selectOption('taiwan');
  await expect.poll(async () => (await syncArea())['settings.target']).toBe('taiwan');
  const area = await syncArea();
  expect(Object.keys(area).filter((key) => key.startsWith('settings.phrases.'))).toEqual(['settings.phrases.0']);
  expect(area['settings.phrases.0']).toEqual([{ from: '上海', to: '滬', direction: 'to-traditional' }]);
  // Only 200 rows are drawn; "Find" reaches the others.
  expect(await options.getByTestId('replacements').locator('li').count()).toBe(200);
  await options.getByTestId('phrase-filter').fill('詞語4321號');
  await expect.poll(() => options.getByTestId('replacements').locator('li').count()).toBe(1);
});
