// Which characters OpenCC would still change toward a script, by the shared corpus's own
// method (see any provenance.json, "script_check"): Traditional-only is a key of TSCharacters
// whose candidates exclude itself and that is not a key of STCharacters; Simplified-only is
// the reverse. Ambiguous characters are valid in both and never counted: those some OpenCC
// phrase keeps as they are (台州, 公里, 長征, 乾隆), as the corpus notes (台, 里, 伙 are not
// Simplified text on a Traditional page), and those the other script's own charset encodes: a
// character Big5 has is written in Traditional text (秘, 群, 痴 in Hong Kong), one GB2312 has in
// Simplified text.
// Read from opencc-js's dictionaries directly, not from Qingwen's tables.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

function table(name: string): Map<string, string[]> {
  const dir = resolve(dirname(createRequire(import.meta.url).resolve('opencc-js')), '../esm-lib/dict');
  const source = readFileSync(resolve(dir, `${name}.js`), 'utf8');
  const body = JSON.parse(source.slice(source.indexOf('"'), source.lastIndexOf('"') + 1)) as string;
  return new Map(body.split('|').map((entry) => {
    const [key, ...values] = entry.split(' ');
    return [key, values] as [string, string[]];
  }));
}

/** Characters a phrase converts to themselves, in place: they are valid in the phrase's target script. */
function keptByPhrases(phrases: Map<string, string[]>): Set<string> {
  const kept = new Set<string>();
  for (const [key, [value]] of phrases) {
    if (!value || [...key].length !== [...value].length) continue;
    const from = [...key];
    const to = [...value];
    from.forEach((char, i) => char === to[i] && kept.add(char));
  }
  return kept;
}

/** The characters of a two-byte charset's standard range (GB2312 in GBK; Big5 without HKSCS). */
function charsetChars(label: string, leads: [number, number], ...trails: [number, number][]): Set<string> {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [lo, hi] of trails) for (let trail = lo; trail <= hi; trail++) bytes.push(lead, trail);
  }
  return new Set(new TextDecoder(label).decode(new Uint8Array(bytes)));
}

let cached: { traditional: Set<string>; simplified: Set<string> } | undefined;

export function scriptOnlyChars() {
  if (cached) return cached;
  const ts = table('TSCharacters');
  const st = table('STCharacters');
  const only = (from: Map<string, string[]>, other: Map<string, string[]>, phrases: Map<string, string[]>, charset: Set<string>) => {
    const kept = keptByPhrases(phrases);
    const valid = (key: string) => kept.has(key) || charset.has(key);
    return new Set([...from].filter(([key, values]) => !values.includes(key) && !other.has(key) && !valid(key)).map(([key]) => key));
  };
  cached = {
    traditional: only(ts, st, table('TSPhrases'), charsetChars('gbk', [0xa1, 0xf7], [0xa1, 0xfe])),
    simplified: only(st, ts, table('STPhrases'), charsetChars('big5', [0xa1, 0xf9], [0x40, 0x7e], [0xa1, 0xfe])),
  };
  return cached;
}

/** Kana beside the Han of a text make it Japanese (東京の天気); one の in Chinese prose does not. */
export function looksJapanese(text: string): boolean {
  const kana = text.match(/[\u3041-\u3096\u30a1-\u30fa\uff66-\uff9d]/g)?.length ?? 0;
  const han = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  return kana >= 2 || (kana > 0 && kana * 4 >= han);
}

/** A text mostly in Hangul is Korean, its hanja too (대한민국 國會는); a Korean name in Chinese prose is not. */
export function looksKorean(text: string): boolean {
  const hangul = text.match(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/g)?.length ?? 0;
  const han = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  return hangul > 0 && hangul >= han;
}

/** The characters of `text` that OpenCC would still change toward `script`. */
export function leftToConvert(text: string, toward: 'simplified' | 'traditional'): string[] {
  if (looksJapanese(text) || looksKorean(text)) return [];
  const foreign = toward === 'simplified' ? scriptOnlyChars().traditional : scriptOnlyChars().simplified;
  return [...text].filter((char) => foreign.has(char));
}
