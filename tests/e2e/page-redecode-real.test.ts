// Re-decoding real pages shown with the wrong charset, while the page's own scripts add and
// remove elements in <head> and <body> before Qingwen looks: the live text is matched to the
// decoded text by content, so the result equals the correctly labelled page, with no U+FFFD.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { corpusPages, serveCorpusPages, type CorpusPage, type CorpusServer, type Served } from '../harness/corpus-pages';
import { encodeBig5 } from '../harness/big5';
import { launchExtension, type ExtensionSession } from '../harness/extension';
import { getState, shownTexts, waitForState, type HasExtension } from '../harness/tab';

/** The page's own scripts, in ASCII (so any decoding reads them the same): they add and remove elements. */
const HEAD_SCRIPT =
  '<script>(function(){var m=document.createElement("meta");m.name="added-by-page";document.head.prepend(m);' +
  'var s=document.createElement("style");s.textContent="#added-by-page{color:#555}";document.head.appendChild(s);})()</script>';
const BODY_SCRIPT =
  '<script>(function(){var d=document.createElement("div");d.id="added-by-page";d.textContent="\\u9801\\u9762\\u8173\\u672c\\u52a0\\u7684\\u5b57";' +
  'document.body.prepend(d);var n=document.createElement("nav");n.innerHTML="<a href=#>\\u9996\\u9801</a>";document.body.insertBefore(n,d);})()</script>';
// Scripts remove whole items (an ad, a widget, an entry): here every third paragraph. (Of
// several one-character cells that read alike once misdecoded, no method could tell which one a
// script took away: such runs are paired in order.)
const TAIL_SCRIPT =
  '<script>(function(){var all=document.body.querySelectorAll("p");for(var i=0;i<all.length;i+=3)all[i].remove();})()</script>';

/** The page's markup with the scripts in, its charset declaration set to `charset` (null: removed). */
function withPageScripts(html: string, charset: string | null): string {
  const declared = charset ? `<meta charset="${charset}">` : '';
  return html
    .replace(/<meta[^>]+charset=[^>]*>/gi, '')
    .replace(/<head[^>]*>/i, (head) => `${head}${declared}${HEAD_SCRIPT}`)
    .replace(/<body[^>]*>/i, (body) => `${body}${BODY_SCRIPT}`)
    .replace(/<\/body>/i, `${TAIL_SCRIPT}</body>`);
}

const gbkPage = (label: string | null, meta: string | null) => (page: CorpusPage): Served => {
  // The GBK bytes stay as they are; only ASCII markup is added or removed around them.
  const html = withPageScripts(page.bytes().toString('latin1'), meta);
  return { body: Buffer.from(html, 'latin1'), contentType: label ? `text/html; charset=${label}` : 'text/html' };
};
const big5Page = (label: string) => (page: CorpusPage): Served => ({
  body: encodeBig5(withPageScripts(page.bytes().toString('utf8'), 'big5')),
  contentType: `text/html; charset=${label}`,
});

const CASES = [
  { name: 'netease-gbk labelled UTF-8', slug: 'netease-gbk', variant: 'gbk-as-utf8', reference: 'gbk-right' },
  { name: 'netease-gbk with no label and no <meta>', slug: 'netease-gbk', variant: 'gbk-unlabelled', reference: 'gbk-right' },
  { name: 'tw-setn in Big5, labelled UTF-8', slug: 'tw-setn', variant: 'big5-as-utf8', reference: 'big5-right' },
];

let server: CorpusServer;
let ext: ExtensionSession;
let world: HasExtension;

beforeAll(async () => {
  server = await serveCorpusPages({
    'gbk-as-utf8': gbkPage('utf-8', null),
    'gbk-unlabelled': gbkPage(null, null),
    'gbk-right': gbkPage('gbk', 'gbk'),
    'big5-as-utf8': big5Page('utf-8'),
    'big5-right': big5Page('big5'),
  });
  ext = await launchExtension({ locale: 'zh-TW' });
  world = { ext };
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('the pages these cases use are in the corpus', () => {
  const slugs = corpusPages().map((p) => p.slug);
  expect(CASES.filter((c) => slugs.includes(c.slug))).toHaveLength(CASES.length);
});

test.each(CASES)('$name: the page reads as the correctly labelled one, scripts and all', async ({ slug, variant, reference }) => {
  const open = async (name: string) => {
    const page = await ext.context.newPage();
    await page.goto(server.url(slug, name), { waitUntil: 'domcontentloaded' });
    await waitForState(page, 'active');
    return page;
  };
  const right = await open(reference);
  const expected = await shownTexts(right);
  expect(await right.locator('#added-by-page').count()).toBe(1);
  await right.close();

  const page = await open(variant);
  await expect.poll(async () => (await shownTexts(page)).filter((t) => t.includes('\ufffd')).length).toBe(0);
  await expect.poll(() => shownTexts(page)).toEqual(expected);
  const state = await getState(world, page);
  if (variant !== 'gbk-unlabelled') expect(state.redecoded?.to).toMatch(slug === 'tw-setn' ? /big5/ : /gb/);
  // Judged on its real text, not on the misdecoded one (a mixed verdict left texts unconverted).
  expect(state.verdict?.script).toBe(slug === 'tw-setn' ? 'traditional' : 'simplified');
  expect(await page.locator('#added-by-page').count()).toBe(1);
  await page.close();
});
