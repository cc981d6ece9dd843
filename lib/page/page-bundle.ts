// The page bundle: the entry of /engine/engine.js (built by scripts/build-engine.ts), the page
// session with the text engine. The content script imports it only on pages that look Chinese
// or when the user asks. Re-decoding (chardet) is a further chunk, loaded only for pages that look misdecoded.
import { createConverter, detectGarbles, detectScript, loadWordModel, prefetchDictionaries, repairTexts } from '@/lib/engine';
import { loadPrebuiltCharTables, warmCodeTables } from '@/lib/garbles/prebuilt-tables';
import { sampleText } from '@/lib/dom/text-sample';
import { misdecodeSign } from '@/lib/sniff/language';
import type { Converter } from '@/lib/engine/types';
import type { ConvertScope } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/schema';
import { convertOptionsFor } from '@/lib/settings/phrases';
import { targetAt } from '@/lib/settings/site-rules';
import { convertFocusedField, selectionWrites } from './convert-scope';
import { isTraditionalTarget, type TextEngine } from './text-engine';
import { StretchMeter } from './stretch-meter';
import { yieldToPage } from './time-slices';
import { startPageSession as startSession, stopPageSession, type PageSession, type SessionOptions } from './page-session';

export const ENGINE_VERSION = 2;

export const textEngine: TextEngine = { detectScript, detectGarbles, repairTexts, createConverter };

/** What the content script passes: the session's options, less what this bundle supplies. */
export type EntryOptions = Omit<SessionOptions, 'engine' | 'redecode'>;

export async function startPageSession(doc: Document, options: EntryOptions): Promise<PageSession> {
  // The word model (a chunk of its own) is fetched only for pages whose text shows pinyin
  // annotations or their traces: there a destroyed byte may have to be chosen from context.
  const annotated = () => ANNOTATION.test(sampleText(doc, { chars: 16_384, nodes: 4_000 }).text);
  const loadedEarly = annotated();
  // While a page loads, each fetch of the extension's files waits behind the page's own requests
  // (a round trip took 150 ms on tw-setn, 20 on a bare page): the likely conversion's dictionary
  // is fetched now, beside the character tables, not after the first part of the page is judged.
  const target = targetAt(options.settings, doc.location?.href ?? '');
  const expected = options.expectedScript;
  if (options.settings.conversion === 'auto' && expected && expected !== 'unknown' && (expected === 'traditional') !== isTraditionalTarget(target)) {
    prefetchDictionaries(target).catch(() => undefined);
  }
  // The first pass's garble check reads character tables the build made (214 KB, one fetch); the
  // code tables made from them are a stretch of their own, with the page running after it.
  await Promise.all([loadPrebuiltCharTables(), loadedEarly && loadWordModel().catch(() => undefined)]);
  const meter = new StretchMeter();
  meter.begin();
  meter.time(warmCodeTables);
  meter.end();
  await yieldToPage();
  const session = await startSession(doc, {
    ...options,
    engine: textEngine,
    // chardet and the re-decoder are a chunk of their own, fetched only for pages that look misdecoded.
    redecode: async (d, rewriter) => (looksRedecodable(d) ? (await import('./redecode')).redecodePage(d, rewriter) : null),
  });
  // Started while the parser was at work: the annotations may only show once the page is parsed.
  if (doc.readyState === 'loading' && !loadedEarly) {
    doc.addEventListener('DOMContentLoaded', () => {
      if (!annotated()) return;
      loadWordModel().then(() => session.refresh(), () => undefined);
    }, { once: true });
  }
  return session;
}

export { stopPageSession };

const ANNOTATION = /[(?][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/;

/**
 * U+FFFD or 8-bit debris (GBK/Big5 bytes read as UTF-8 or latin-1), or a page labelled GBK whose
 * text reads as UTF-8 mojibake (浣犲ソ): the bytes are intact, fetching them again is exact.
 */
function looksRedecodable(doc: Document): boolean {
  const sample = sampleText(doc, { chars: 16_384, nodes: 4_000 });
  if (misdecodeSign(sample.counts)) return true;
  if (!/^(gbk|gb18030|gb2312)$/i.test(doc.characterSet)) return false;
  return detectGarbles(sample.text).some((g) => g.kind === 'utf8-as-gbk' && g.count >= 3);
}

let converterCache: { key: string; converter: Promise<Converter> } | null = null;

function converterFor(settings: Settings, url: string): Promise<Converter> {
  const target = targetAt(settings, url);
  const options = convertOptionsFor(settings, target);
  const key = target + JSON.stringify(options);
  if (converterCache?.key !== key) converterCache = { key, converter: createConverter(target, options) };
  return converterCache.converter;
}

/** A context-menu conversion in this frame. Returns how many nodes or fields changed. */
export async function convertScope(doc: Document, scope: ConvertScope, settings: Settings, session: PageSession): Promise<number> {
  if (scope === 'page') {
    await session.setActive(true, true);
    return session.state.changedNodes;
  }
  const converter = await converterFor(settings, doc.location?.href ?? '');
  if (scope === 'field') return convertFocusedField(doc, converter) ? 1 : 0;
  return session.applyWrites(selectionWrites(doc, converter, session.rewriter));
}
