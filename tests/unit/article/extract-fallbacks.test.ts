import { expect, test } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { parsePage, stripTagsForTests as sanitize } from './dom';

const SHORT_PAGE = `<html lang="zh-CN"><head><title>短页</title><meta name="author" content="王五">
<meta property="og:site_name" content="示例站"></head><body><nav>导航 首页</nav>
<main><p>这是一段很短的正文，不足以让阅读模式判断为文章，但主要内容区域仍然可以保存下来，方便以后查找。</p>
<p>第二段：<a href="/rel/path">相对链接</a> 和 <img src="pic.png" alt="图"></p></main></body></html>`;

test('a page that is not readerable falls back to the selection when there is one', async () => {
  const { doc, win, close } = parsePage(SHORT_PAGE);
  const draft = extractArticle(doc, { win, sanitize, selectionHtml: '<p>被选中的一句话。</p>' });
  expect(draft.method).toBe('selection');
  expect(draft.text).toBe('被选中的一句话。');
  expect(draft.title).toBe('短页');
  await close();
});

test('without a selection it keeps the main content, with absolute URLs and page metadata', async () => {
  const { doc, win, close } = parsePage(SHORT_PAGE, 'https://example.org/a/b.html');
  const draft = extractArticle(doc, { win, sanitize });
  expect(draft.method).toBe('main-content');
  expect(draft.text).not.toContain('导航');
  expect(draft.text).toContain('主要内容区域');
  expect(draft.html).toContain('href="https://example.org/rel/path"');
  expect(draft.html).toContain('src="https://example.org/a/pic.png"');
  expect(draft.byline).toBe('王五');
  expect(draft.siteName).toBe('示例站');
  expect(draft.lang).toBe('zh-CN');
  await close();
});

test('Chinese paragraphs shorter than Readability’s English-sized threshold still count as an article', async () => {
  const paragraph = '清晨六點，江邊的綠道上已經有不少市民在跑步、騎行和散步。這條綠道把沿線的公園、碼頭和老街連成一片，讓周邊的小店生意越來越好。';
  expect(paragraph.length).toBeLessThan(140);
  const html = `<html><head><title>綠道</title></head><body><nav>首頁</nav><article>${`<p>${paragraph}</p>`.repeat(5)}</article></body></html>`;
  const { doc, win, close } = parsePage(html);
  expect(extractArticle(doc, { win, sanitize }).method).toBe('readability');
  await close();
});

test('a body that opens with the title and byline does not repeat them; later headings stay', async () => {
  const paragraph = '清晨六點，江邊的綠道上已經有不少市民在跑步、騎行和散步。這條綠道把沿線的公園、碼頭和老街連成一片，讓周邊的小店生意越來越好。';
  const html = `<html><head><title>城市綠道 - 測試日報</title><meta name="author" content="王五"></head><body><article><h1>城市綠道</h1><p class="byline">记者 王五</p>${`<p>${paragraph}</p>`.repeat(3)}<h2>城市綠道</h2><p>${paragraph}</p></article></body></html>`;
  const { doc, win, close } = parsePage(html);
  const draft = extractArticle(doc, { win, sanitize });
  expect(draft.title).toBe('城市綠道'); // the headline the page shows, without the <title>'s site suffix
  expect(draft.html).not.toMatch(/<h1/);
  expect(draft.byline).toBe('王五');
  expect(draft.html).not.toContain('王五'); // written in the other script, still recognised
  expect(draft.text.startsWith('清晨六點')).toBe(true);
  expect(draft.html).toMatch(/<h2[^>]*>城市綠道<\/h2>/);
  await close();
});
