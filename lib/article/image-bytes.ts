// An image's bytes for a data: URL: which responses a saved copy embeds, and their base64. Shared
// by the page's embedder (embed-images.ts) and the background's fetch of images on other hosts
// (lib/background/image-fetch.ts), so both embed the same types the same way.

const EMBEDDABLE = /^image\/(png|jpeg|gif|webp|avif|bmp)$/;

/** The response's media type if it is an image type a saved copy embeds, else null. */
export function embeddableType(response: Response): string | null {
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  return EMBEDDABLE.test(type) ? type : null;
}

/** In chunks: String.fromCharCode(...bytes) over a whole image exceeds the argument limit. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
