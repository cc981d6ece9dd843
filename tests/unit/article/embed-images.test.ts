import { expect, test } from 'vitest';
import { embedImages } from '@/lib/article/embed-images';
import { parsePage } from './dom';

const png = (size: number) => new Response(new Uint8Array(size).fill(7), { headers: { 'content-type': 'image/png' } });

test('images are embedded up to the per-image and total caps; the rest stay linked by URL', async () => {
  const { doc, close } = parsePage('<p></p>');
  const sizes: Record<string, number> = { 'https://x.test/a.png': 400, 'https://x.test/big.png': 2000, 'https://x.test/b.png': 500, 'https://x.test/c.png': 300 };
  const fetcher = (async (url: string) => png(sizes[url])) as typeof fetch;
  const html = Object.keys(sizes).map((src) => `<img src="${src}" srcset="${src} 2x">`).join('');
  const result = await embedImages(html, doc, { maxImageBytes: 1000, maxTotalBytes: 1000 }, fetcher);
  // a (400) fits; big (2000) is over the per-image cap; b (500) fits (900 in all); c (300) would pass the total.
  expect(result.embedded).toBe(2);
  const srcs = [...result.html.matchAll(/src="([^"]+)"/g)].map((m) => m[1].slice(0, 22));
  expect(srcs).toEqual(['data:image/png;base64,', 'https://x.test/big.png', 'data:image/png;base64,', 'https://x.test/c.png']);
  expect(result.html.match(/srcset/g)).toHaveLength(2); // dropped where the bytes are embedded
  await close();
});

test('non-images, failed fetches and non-http sources are left alone', async () => {
  const { doc, close } = parsePage('<p></p>');
  const fetcher = (async (url: string) => {
    if (url.endsWith('.html')) return new Response('<p>', { headers: { 'content-type': 'text/html' } });
    throw new TypeError('Failed to fetch');
  }) as typeof fetch;
  const html = '<img src="https://x.test/page.html"><img src="https://x.test/cors.png"><img src="data:image/gif;base64,R0lGOD">';
  const result = await embedImages(html, doc, undefined, fetcher);
  expect(result.embedded).toBe(0);
  expect(result.html).toBe(html);
  await close();
});
