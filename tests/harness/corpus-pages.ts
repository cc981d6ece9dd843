// The whole real pages of the shared corpus (../shared/corpus/pages, read in place), served on
// 127.0.0.1 under the charset each page's provenance gives, optionally transformed on the way
// (a wrong label, a removed <meta>, a script that adds elements): the bytes stay in ../shared.
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_DIR } from './corpus';

/** The corpus's pages, or another directory of pages laid out alike (QINGWEN_PAGES_DIR, for trying unseen pages). */
export const PAGES_DIR = process.env.QINGWEN_PAGES_DIR ? resolve(process.env.QINGWEN_PAGES_DIR) : resolve(CORPUS_DIR, 'pages');
/** Only the pages whose slug matches (QINGWEN_PAGES_MATCH, a regular expression), when set. */
const PAGES_MATCH = process.env.QINGWEN_PAGES_MATCH ? new RegExp(process.env.QINGWEN_PAGES_MATCH) : null;

export interface CorpusPage {
  slug: string;
  /** The charset the page's bytes are in ('utf-8' or 'gbk'). */
  charset: string;
  /** The script its provenance gives ('simplified' | 'traditional'). */
  script: 'simplified' | 'traditional';
  bytes(): Buffer;
}

export function corpusPages(): CorpusPage[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(resolve(PAGES_DIR, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .filter((slug) => !PAGES_MATCH || PAGES_MATCH.test(slug))
    .sort()
    .map((slug) => {
      const provenancePath = resolve(PAGES_DIR, slug, 'provenance.json');
      const provenance = existsSync(provenancePath) ? JSON.parse(readFileSync(provenancePath, 'utf8')) : {};
      const encoding = String(provenance.encoding ?? 'utf-8');
      // Readability's three pages (qq, gmw, pixnet) have no provenance: UTF-8; pixnet is Taiwanese.
      const script = provenance.script ?? (slug === 'pixnet' ? 'traditional' : 'simplified');
      return {
        slug,
        charset: /^gbk/i.test(encoding) ? 'gbk' : 'utf-8',
        script,
        bytes: () => readFileSync(resolve(PAGES_DIR, slug, 'source.html')),
      };
    });
}

/** How one request is answered: the page's bytes and the Content-Type label to send. */
export interface Served {
  body: Buffer;
  contentType: string;
}

export type Variant = (page: CorpusPage) => Served;

/** The page as its provenance says it should be served. */
export const asProvenance: Variant = (page) => ({ body: page.bytes(), contentType: `text/html; charset=${page.charset}` });

export interface CorpusServer {
  origin: string;
  /** URL of `slug` served through the named variant. */
  url(slug: string, variant?: string): string;
  close(): Promise<void>;
}

/** Serves `/<variant>/<slug>/` for every page; variants beyond `provenance` are the caller's. */
export async function serveCorpusPages(variants: Record<string, Variant> = {}): Promise<CorpusServer> {
  const pages = new Map(corpusPages().map((page) => [page.slug, page]));
  const all: Record<string, Variant> = { provenance: asProvenance, ...variants };
  const server: Server = createServer((req, res) => {
    const [, variant, slug] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
    const page = pages.get(slug ?? '');
    const serve = all[variant ?? ''];
    if (!page || !serve) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    const { body, contentType } = serve(page);
    res.writeHead(200, { 'content-type': contentType, 'cache-control': 'max-age=60' });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (slug, variant = 'provenance') => `${origin}/${variant}/${slug}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
