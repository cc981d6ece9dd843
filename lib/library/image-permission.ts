// Whether the reader granted Qingwen the optional permission to read a web image's host ("Keep
// image files" asks for it). Asked explicitly before any fetch of another site's image: in
// Chromium the content script's all-sites matches already let extension code read any site, so
// without this check a declined permission would not keep images as links, as the popup says.
import { browser } from 'wxt/browser';

export async function hostGranted(url: string): Promise<boolean> {
  try {
    // No port in the pattern: Firefox refuses one, and without it Chromium matches every port.
    const { protocol, hostname } = new URL(url);
    return await browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
  } catch {
    return false;
  }
}
