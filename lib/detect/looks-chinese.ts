const SAMPLE_CHARS = 4096;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/**
 * The cheap first step on every page: is there enough Han text to be worth loading
 * the engine? Reads at most a few KB of text; no DOM walk, no dictionary.
 */
export function looksChinese(doc: Document): boolean {
  const lang = doc.documentElement.lang.toLowerCase();
  if (lang.startsWith('zh')) return true;
  const body = doc.body;
  if (!body) return false;
  const sample = (doc.title + ' ' + (body.textContent ?? '')).slice(0, SAMPLE_CHARS);
  const han = sample.match(HAN)?.length ?? 0;
  return han >= 20 || (han >= 4 && han / Math.max(1, sample.replace(/\s/g, '').length) > 0.2);
}
