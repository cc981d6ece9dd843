import { expect, test } from 'vitest';
import { getState, sendToTab, waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const world = useWorld({ locale: 'zh-CN' });

test('open shadow roots, same-origin and srcdoc frames are converted, each by one script, and all toggle back', async () => {
  const page = await world.openTab('/page/frames.html');
  await waitForState(page, 'active');
  const read = () =>
    page.evaluate(() => {
      const shadow = document.getElementById('host')!.shadowRoot!;
      const frame = (id: string) => (document.getElementById(id) as HTMLIFrameElement).contentDocument!;
      return {
        top: document.getElementById('top')!.textContent,
        shadow: shadow.getElementById('shadow-text')?.textContent,
        shadowCode: shadow.querySelector('code')!.textContent,
        later: shadow.getElementById('later')?.textContent,
        child: frame('same-origin').getElementById('child')?.textContent,
        childLang: frame('same-origin').documentElement.lang,
        srcdoc: frame('srcdoc').getElementById('inner')?.textContent,
        srcdocLater: frame('srcdoc').getElementById('inner-later')?.textContent,
      };
    });
  await expect.poll(read, { timeout: 5000 }).toEqual({
    top: '主页面的标题',
    shadow: '影子里的说明',
    shadowCode: '影子裡的程式碼',
    later: '稍后加入的影子节点',
    child: '同源框架里的国语文字',
    childLang: 'zh-Hans',
    srcdoc: '内嵌框架里的文字',
    srcdocLater: '框架里稍后出现的话',
  });
  // The child frame runs its own content script; the top one did not walk it too.
  // title, h1, shadow text, later shadow node, srcdoc text, later srcdoc text
  expect((await getState(world, page)).changedNodes).toBe(6);

  await sendToTab(world, page, 'popupToContentSetActive', { active: false }, null);
  await expect.poll(read).toEqual({
    top: '主頁面的標題',
    shadow: '影子裡的說明',
    shadowCode: '影子裡的程式碼',
    later: '稍後加入的影子節點',
    child: '同源框架裡的國語文字',
    childLang: 'zh-Hant',
    srcdoc: '內嵌框架裡的文字',
    srcdocLater: '框架裡稍後出現的話',
  });
});
