// The background's image fetch for "Keep image files": images within the cap come back as
// base64 with their type; anything else is an answer with a reason, never an exception.
import { expect, test } from 'vitest';
import { fetchImageForPage } from '@/lib/background/image-fetch';

const reply = (bytes: number, type = 'image/jpeg', headers: Record<string, string> = {}) =>
  new Response(new Uint8Array(bytes).fill(1), { headers: { 'content-type': type, ...headers } });

test('an image within the cap comes back as base64 with its type', async () => {
  const answer = await fetchImageForPage({ url: 'https://img.example/a.jpg', maxBytes: 10 }, (async () => reply(3)) as typeof fetch);
  expect(answer).toEqual({ ok: true, type: 'image/jpeg', base64: 'AQEB' });
});

test('too large (by header or by bytes), not an image, failing or not http: a reason, not a throw', async () => {
  const cases: [typeof fetch, string, string][] = [
    [(async () => reply(20)) as typeof fetch, 'https://img.example/big.jpg', 'too-large'],
    [(async () => reply(2, 'image/png', { 'content-length': '999' })) as typeof fetch, 'https://img.example/says-big.png', 'too-large'],
    [(async () => reply(2, 'text/html')) as typeof fetch, 'https://img.example/page', 'not-image'],
    [(async () => new Response('', { status: 404 })) as typeof fetch, 'https://img.example/gone.jpg', 'failed'],
    [(async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch, 'https://img.example/cors.jpg', 'failed'],
    [(async () => reply(2)) as typeof fetch, 'file:///etc/passwd', 'failed'],
  ];
  for (const [fetcher, url, reason] of cases) {
    expect(await fetchImageForPage({ url, maxBytes: 10 }, fetcher), url).toEqual({ ok: false, reason });
  }
});

test('a host the reader did not grant is not fetched at all: the image stays a link', async () => {
  let fetched = 0;
  const fetcher = (async () => (fetched++, reply(3))) as typeof fetch;
  const granted = async (url: string) => new URL(url).host === 'img.example';
  expect(await fetchImageForPage({ url: 'https://elsewhere.example/a.jpg', maxBytes: 10 }, fetcher, granted)).toEqual({ ok: false, reason: 'not-granted' });
  expect(fetched).toBe(0);
  expect(await fetchImageForPage({ url: 'https://img.example/a.jpg', maxBytes: 10 }, fetcher, granted)).toMatchObject({ ok: true });
});
