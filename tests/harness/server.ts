import { createServer, type RequestListener } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1. A file may carry its own Content-Type in a sidecar
 * `<name>.headers.json` ({"content-type": "text/html; charset=utf-8"}), which is how
 * the demo pages get wrong or missing charset labels.
 */
export async function serveFolder(folder: string): Promise<FixtureServer> {
  const base = resolve(folder);
  return serveHandler(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside');
      if (path.endsWith('/')) file = join(file, 'index.html');
      const body = await readFile(file);
      let type = TYPES[extname(file)] ?? 'application/octet-stream';
      try {
        const headers = JSON.parse(await readFile(file + '.headers.json', 'utf8'));
        if (typeof headers['content-type'] === 'string') type = headers['content-type'];
      } catch {
        /* no sidecar: default type */
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
}

/** Serves what `handler` answers on 127.0.0.1: pages made in the test, or served slowly on purpose. */
export async function serveHandler(handler: RequestListener): Promise<FixtureServer> {
  const server = createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : '/' + path),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
