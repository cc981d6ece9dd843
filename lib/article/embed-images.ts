// Optional: replace image URLs with their bytes so a saved copy survives the site going away.
// Bounded, because IndexedDB space is the reader's and messages have size limits.
import { parseFragment } from './html-tools';
import { embeddableType, toBase64 } from './image-bytes';

export interface EmbedLimits {
  /** Largest single image embedded; larger ones stay linked by URL. */
  maxImageBytes: number;
  /** Budget for all embedded images of one article. */
  maxTotalBytes: number;
}

/** The origins "Keep image files" asks for (optional host permission), for images on other hosts. */
export const IMAGE_ORIGINS = ['http://*/*', 'https://*/*'];

export const DEFAULT_EMBED_LIMITS: EmbedLimits = { maxImageBytes: 1_000_000, maxTotalBytes: 5_000_000 };

export async function embedImages(
  html: string,
  doc: Document,
  limits: EmbedLimits = DEFAULT_EMBED_LIMITS,
  fetcher: typeof fetch = fetch,
): Promise<{ html: string; embedded: number }> {
  const root = parseFragment(html, doc);
  let total = 0;
  let embedded = 0;
  for (const img of Array.from(root.querySelectorAll('img[src]'))) {
    const src = img.getAttribute('src')!;
    if (!/^https?:/i.test(src)) continue;
    try {
      const response = await fetcher(src, { credentials: 'include' });
      const type = embeddableType(response);
      if (!response.ok || !type) continue;
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.length > limits.maxImageBytes || total + bytes.length > limits.maxTotalBytes) continue;
      total += bytes.length;
      img.setAttribute('src', `data:${type};base64,${toBase64(bytes)}`);
      img.removeAttribute('srcset');
      embedded++;
    } catch {
      // Cross-origin without CORS, offline, ...: the image stays linked by URL.
    }
  }
  return { html: root.innerHTML, embedded };
}
