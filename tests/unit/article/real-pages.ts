// The real pages of the shared corpus (read in place) and what a good save of each holds,
// normalised from the five reference formats their projects use. Shared by the Node-level
// extraction test and the e2e test that saves every page through the built extension.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_DIR } from '@/tests/harness/corpus';

export const PAGES_DIR = resolve(CORPUS_DIR, 'pages');

export interface PageReference {
  slug: string;
  /** The charset the page is served with (its provenance; Readability's suite stores UTF-8). */
  charset: 'utf-8' | 'gbk';
  /** Where the expectations come from. */
  from: string;
  /** The article's title; `titleIs` says how strictly a saved title must match it. */
  title: string | null;
  titleIs: 'exact' | 'contained';
  /** The byline the page shows; undefined where the reference does not say. */
  byline?: string | null;
  /** Publication date, YYYY-MM-DD, where the reference gives one. */
  date?: string;
  /** Lines of the reference body (each compared whole, script-folded, whitespace ignored). */
  lines: string[];
  /** Listing pages (headlines and summaries) have no single article. */
  listing: boolean;
}

const read = (slug: string, file: string) => readFileSync(resolve(PAGES_DIR, slug, file));
const has = (slug: string, file: string) => existsSync(resolve(PAGES_DIR, slug, file));

/** A reference line worth checking: enough Han characters to be a sentence, not a label. */
const isBodyLine = (line: string) => (line.match(/\p{Script=Han}/gu)?.length ?? 0) >= 8;

function linesOf(text: string, separator: RegExp): string[] {
  return text.split(separator).map((line) => line.trim()).filter(isBodyLine);
}

/** Block texts of Readability's expected.html (no DOM needed: its markup is regular). */
function readabilityLines(html: string): string[] {
  const text = html
    .replace(/<\/(p|div|h[1-6]|li|blockquote|pre|tr|figcaption|section|article)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return linesOf(text, /\n+/);
}

const dateOnly = (value: unknown) => (typeof value === 'string' ? value.match(/\d{4}-\d{2}-\d{2}/)?.[0] : undefined);

function fromReadability(slug: string): Omit<PageReference, 'slug' | 'charset' | 'listing'> {
  const meta = JSON.parse(read(slug, 'expected-metadata.json').toString('utf8'));
  return { from: 'readability', title: meta.title, titleIs: 'contained', byline: meta.byline, lines: readabilityLines(read(slug, 'expected.html').toString('utf8')) };
}

function fromGne(slug: string) {
  const gne = JSON.parse(read(slug, 'expected-gne.json').toString('utf8'));
  return { from: 'gne', title: gne.title, titleIs: 'contained' as const, date: dateOnly(gne.publish_time), lines: linesOf(gne.content, /\n+/) };
}

/**
 * Lines scrapping-webs' scrapers kept from outside the article: a newsletter box, a share
 * widget's notice, other stories' teasers and the printer's imprint. A good save leaves them out.
 */
const NOT_ARTICLE: Record<string, string[]> = {
  'hk-am730': ['最新資訊將會寄去你電子郵箱', '因會員系統更新'],
  'hk-bastillepost': ['為促使學生深刻認識國家', '14日早上10時許，警方接獲報案', '承印人：巴士的報'],
  'hk-singtao': ['鏈結已複制至剪貼薄'],
};

/** mitul-kalariya/scrapping-webs: parsed_data; its text joins paragraphs with spaces. */
function fromScrappingWebs(slug: string) {
  const data = JSON.parse(read(slug, 'expected-scrapping-webs.json').toString('utf8'))[0].parsed_data;
  const text = (data.text ?? []).join('\n');
  const lines = linesOf(text, /[\s\u00a0\u3000]{1,}/).filter((line) => !(NOT_ARTICLE[slug] ?? []).some((junk) => line.startsWith(junk)));
  return { from: 'scrapping-webs', title: data.title?.[0] ?? null, titleIs: 'contained' as const, date: dateOnly(data.published_at?.[0]), lines };
}

/** virus-warnning/twnews: test_01_sample's assertions. */
function fromTwnews(slug: string) {
  const source = read(slug, 'expected-twnews.txt').toString('utf8');
  const sample = source.slice(source.indexOf('def test_01_sample'), source.indexOf('def test_02'));
  const title = sample.match(/assertIn\('([^']+)', nsoup\.title\(\)\)/)?.[1] ?? null;
  const author = sample.match(/assertEqual\((None|'[^']*'), nsoup\.author\(\)\)/)?.[1];
  const contents = sample.match(/assertIn\('([^']+)', nsoup\.contents\(\)\)/)?.[1];
  return {
    from: 'twnews',
    title,
    titleIs: 'contained' as const,
    byline: author === undefined ? undefined : author === 'None' ? null : author.slice(1, -1),
    date: dateOnly(sample.match(/assertEqual\('([^']+)', nsoup\.date\(\)/)?.[1]),
    lines: contents ? [contents] : [],
  };
}

function fromCxExtractor(slug: string) {
  const text = new TextDecoder('gbk').decode(read(slug, 'expected-cx-extractor.txt'));
  return { from: 'cx-extractor', title: null, titleIs: 'contained' as const, lines: linesOf(text, /\n+/) };
}

function fromGerapy(slug: string) {
  const source = read(slug, 'expected-gerapy.txt').toString('utf8');
  return { from: 'gerapy', title: source.match(/assertEqual\(title, '([^']+)'\)/)?.[1] ?? null, titleIs: 'exact' as const, lines: [] };
}

function provenance(slug: string): { encoding?: string; kind?: string } {
  return has(slug, 'provenance.json') ? JSON.parse(read(slug, 'provenance.json').toString('utf8')) : {};
}

export function pageReference(slug: string): PageReference {
  const prov = provenance(slug);
  const charset = /^gbk/i.test(prov.encoding ?? '') ? 'gbk' : 'utf-8';
  const base =
    has(slug, 'expected-metadata.json') ? fromReadability(slug)
    : has(slug, 'expected-gne.json') ? fromGne(slug)
    : has(slug, 'expected-scrapping-webs.json') ? fromScrappingWebs(slug)
    : has(slug, 'expected-twnews.txt') ? fromTwnews(slug)
    : has(slug, 'expected-cx-extractor.txt') ? fromCxExtractor(slug)
    : has(slug, 'expected-gerapy.txt') ? fromGerapy(slug)
    : { from: 'none', title: null, titleIs: 'contained' as const, lines: [] };
  return { slug, charset, listing: prov.kind === 'listing', ...base };
}

export function realPageSlugs(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(resolve(PAGES_DIR, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
}

/** The page as a browser decodes it when served under its provenance charset. */
export function realPageHtml(reference: PageReference): string {
  return new TextDecoder(reference.charset).decode(read(reference.slug, 'source.html'));
}
