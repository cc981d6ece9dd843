// "Keep image files" for images on other hosts: the page's content script cannot read them
// (CORS), the background can once the reader granted the optional host permission (asked in
// the popup when the box is ticked, never at install). Bounded by the per-image size cap; any
// failure is an answer, never an exception, so a failed image never fails the save.
import { embeddableType, toBase64 } from '@/lib/article/image-bytes';
import type { FetchedImageResponse } from '@/lib/messaging';

export async function fetchImageForPage(
  request: { url: string; maxBytes: number },
  fetcher: typeof fetch = fetch,
  /** The reader granted this host (see lib/library/image-permission.ts); tests pass their own. */
  granted: (url: string) => Promise<boolean> = async () => true,
): Promise<FetchedImageResponse> {
  if (!/^https?:/i.test(request.url)) return { ok: false, reason: 'failed' };
  if (!(await granted(request.url).catch(() => false))) return { ok: false, reason: 'not-granted' };
  try {
    const response = await fetcher(request.url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!response.ok) return { ok: false, reason: 'failed' };
    const type = embeddableType(response);
    if (!type) return { ok: false, reason: 'not-image' };
    if (Number(response.headers.get('content-length') ?? 0) > request.maxBytes) return { ok: false, reason: 'too-large' };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > request.maxBytes) return { ok: false, reason: 'too-large' };
    return { ok: true, type, base64: toBase64(bytes) };
  } catch {
    return { ok: false, reason: 'failed' }; // no permission for that host, offline, blocked
  }
}
