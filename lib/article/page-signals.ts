// What the page shows a reader, preferred over what its metadata claims: the headline in <h1>
// (not the <title> with its site suffix), the reporter named in the text (not JSON-LD's
// organisation), and the date printed under the headline.
import { foldForSearch } from '@/lib/convert/search-fold';

const squash = (s: string) => foldForSearch(s).replace(/[\s\u00a0\u3000]+/g, '');

/** The page's own headline: an <h1> that a title of the document opens with. */
export function visibleTitle(doc: Document, titles: (string | null | undefined)[]): string | null {
  const known = titles.filter((t): t is string => !!t?.trim()).map(squash);
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, 3)) {
    const text = (h1.textContent ?? '').replace(/\s+/g, ' ').trim();
    const key = squash(text);
    // A headline opens the title ("Headline _Section _Site"); a logo in <h1> does not.
    if (key.length >= 4 && known.some((title) => title.startsWith(key))) return text;
  }
  return null;
}

const NAME = '([\\p{Script=Han}·]{2,5}|[A-Za-z][A-Za-z .\'-]{1,30}[A-Za-z])';
/** Chinese newsroom credit lines: （王煌忠／台中報導）, 記者林曉雯／台北報導, 【文/观察者网专栏作者王文】, 作者：李四. */
const CREDIT_LINES = [
  new RegExp(`[（(]\\s*(?:記者|记者)?${NAME}\\s*[／/]\\s*[\\p{Script=Han}]{0,6}(?:報導|报道|報道)\\s*[）)]`, 'u'),
  new RegExp(`(?:記者|记者)\\s*${NAME}\\s*[／/]\\s*[\\p{Script=Han}]{0,6}(?:報導|报道|報道)`, 'u'),
  new RegExp(`[【\\[]\\s*文\\s*[／/]\\s*(?:[\\p{Script=Han}]{0,12}(?:作者|记者|記者|编辑|編輯))?\\s*${NAME}\\s*[】\\]]`, 'u'),
  new RegExp(`(?:^|\\s)(?:作者|撰文|文|記者|记者)\\s*[：:／/]\\s*${NAME}(?=$|[\\s，,。|｜])`, 'um'),
];

/** A byline worth showing: a name, not a URL, an address or a whole sentence. */
export function isPlausibleByline(value: string | null | undefined, publisher: string[] = []): value is string {
  const text = value?.trim() ?? '';
  if (!text || text.length > 40 || /https?:|www\.|@|\.com\b/i.test(text)) return false;
  const key = squash(text);
  // The publisher named as author (三立新聞網, 巴士的報) is not a byline.
  return !publisher.some((name) => name && squash(name).includes(key));
}

/** The reporter credited in the article text (its opening or closing lines), if any. */
export function visibleByline(articleText: string): string | null {
  const text = articleText.trim();
  const edges = [text.slice(0, 300), text.slice(-300)];
  for (const [index, pattern] of CREDIT_LINES.entries()) {
    // A "／台中報導" credit is unmistakable anywhere; a bare "文：" only at the start or the end.
    for (const edge of index < 2 ? [text] : edges) {
      const name = edge.match(pattern)?.[1]?.trim();
      if (name && isPlausibleByline(name)) return name;
    }
  }
  return null;
}

const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:[^\d\s]{0,4}\s*)?(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;
const pad = (n: string) => n.padStart(2, '0');

/** "2019-09-07 09:25:09", "2023年4月3日", "2023-04-14 HKT 20:52" as YYYY-MM-DD[ HH:MM[:SS]]. */
export function parseShownDate(text: string): string | null {
  const m = text.match(DATE);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  return h ? `${day} ${pad(h)}:${mi}${s ? `:${s}` : ''}` : day;
}

const DATE_HOLDERS = 'time[datetime], [itemprop="datePublished"], [class*="date" i], [class*="time" i], [id*="date" i], [class*="publish" i]';
const DATE_META = ['articleDate', 'publishdate', 'publish_date', 'pubdate', 'og:published_time', 'sailthru.date', 'dc.date.issued'];

/** The publication date the page shows: a dated element near the top, or the line under the headline. */
export function visibleDate(doc: Document): string | null {
  for (const name of DATE_META) {
    const content = doc.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`)?.getAttribute('content') ?? '';
    const compact = content.match(/^((?:19|20)\d{2})(\d{2})(\d{2})$/);
    const shown = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : parseShownDate(content);
    if (shown) return shown;
  }
  for (const el of Array.from(doc.body?.querySelectorAll(DATE_HOLDERS) ?? [])) {
    if (el.closest('nav, footer, [class*="comment" i]')) continue;
    const shown = parseShownDate(el.getAttribute('datetime') ?? '') ?? parseShownDate(el.textContent ?? '');
    if (shown) return shown;
  }
  const h1 = doc.querySelector('h1');
  return h1 ? parseShownDate(textAfter(h1, 400)) : null;
}

/** Up to `limit` characters of visible text following `el` in document order. */
function textAfter(el: Element, limit: number): string {
  const walker = el.ownerDocument.createTreeWalker(el.ownerDocument.body, 4 /* SHOW_TEXT */);
  walker.currentNode = el;
  let out = '';
  let node: Node | null;
  while ((node = walker.nextNode()) && out.length < limit) {
    if (el.contains(node) || node.parentElement?.closest('script, style')) continue;
    out += node.nodeValue ?? '';
  }
  return out.replace(/\s+/g, ' ');
}
