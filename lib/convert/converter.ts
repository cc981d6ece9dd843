// createConverter: the engine's Converter on opencc-js dictionaries, loaded
// lazily by direction as flat tries (precompiled in the engine bundle, built
// from the dictionary strings elsewhere: trie-loading.ts).
import type { ConvertOptions, Converter, Target } from '@/lib/engine/types.ts';
import {
  FROM_SIMPLIFIED,
  TO_SIMPLIFIED,
  type DirectionConfig,
  type TraditionalLocale,
  type TraditionalVariant,
} from './directions.ts';
import type { DictionaryConversion } from './phrase-table.ts';
import { buildPipeline, singleStepOf, type RangeConverter } from './pipeline.ts';
import { cornerToCurly, curlyToCorner } from './punctuation.ts';
import { loadTries, prefetchTries } from './trie-loading.ts';
import { trieListsOf } from './trie-units.ts';

export interface CreateConverterOptions extends ConvertOptions {
  /**
   * The Traditional variant the input is written in (opencc-js `from`):
   * `t` (OpenCC standard), `tw`, `twp` (Taiwan vocabulary), `hk`, `hkp`.
   * Used toward Simplified, and for the normalising step toward Traditional.
   * Unset toward Simplified: Traditional of any region, that is `t`, and `hk` for the
   * texts that hold a Hong Kong form `t` leaves as it is (世衞 -> 世卫; see HONG_KONG_FORMS).
   */
  from?: TraditionalVariant;
  /**
   * Toward Traditional only. When true (the default), the text is first
   * converted to Simplified and only then to the target, so that mixed-script
   * text and earlier character-by-character conversions (見麵, 全麵, 曆史, and
   * Simplified 干部 beside Traditional text) come out right: opencc-js's
   * Simplified-to-Traditional phrases only match Simplified input. The output
   * is then exactly opencc-js `cn -> target` applied to opencc-js `from -> cn`.
   * On the 1 MB Simplified bench file the extra step changes nothing. On text
   * already in good Traditional it is a round trip that moves more variants
   * to the target's standard forms (on the Traditional bench file, 451,069
   * characters: toward `traditional` 2,870 change instead of 349, toward
   * `taiwan` 234 instead of 192, toward `hongkong` 1,713 instead of 807), so
   * text already in the reader's script is best left unconverted, as the
   * page session does.
   * Set false for exactly opencc-js `cn -> target`. Ignored toward
   * Simplified, which needs no such step.
   */
  normalize?: boolean;
}

const LOCALE_OF: Record<Exclude<Target, 'simplified'>, TraditionalLocale> = {
  traditional: 't',
  taiwan: 'tw',
  'taiwan-phrases': 'twp',
  hongkong: 'hk',
};

/** The opencc-js configs a converter runs, in order. */
export function configsFor(target: Target, options: CreateConverterOptions = {}): DirectionConfig[] {
  const toSimplified = TO_SIMPLIFIED[options.from ?? 't'];
  if (!toSimplified) throw new RangeError(`Unknown source variant: ${options.from}`);
  if (target === 'simplified') return [toSimplified];
  const locale = LOCALE_OF[target];
  if (!locale) throw new RangeError(`Unknown target script: ${target}`);
  const fromSimplified = FROM_SIMPLIFIED[locale];
  return options.normalize === false ? [fromSimplified] : [toSimplified, fromSimplified];
}

/**
 * Fetches the tries (in the engine bundle) or imports the dictionaries a
 * converter for `target` will need, without building anything: a page can
 * start this as soon as it knows the reader's target, so that the fetch
 * overlaps its own detection work.
 */
export async function prefetchDictionaries(target: Target, options: CreateConverterOptions = {}): Promise<void> {
  const configs = configsFor(target, options);
  if (target === 'simplified' && !options.from) configs.push(...configsFor(target, { from: 'hk' }));
  await prefetchTries(configs.flatMap(trieListsOf));
}

/** Text as written: the base of a converter with no dictionary (phrase table and quotes only). */
const unchanged: RangeConverter = (s, start, end) => (start === 0 && end === s.length ? s : s.slice(start, end));

export async function createConverter(target: Target, options: CreateConverterOptions = {}): Promise<Converter> {
  const dictionaries: DictionaryConversion =
    options.dictionaries === false ? { convert: unchanged, convertNormalized: unchanged } : await dictionaryConverter(target, options);
  const convertRange = options.phrases ? await withPhrases(options.phrases, dictionaries) : dictionaries.convert;
  const quotes = target === 'simplified' ? cornerToCurly : curlyToCorner;
  const convert = options.punctuation
    ? (text: string): string => quotes(convertRange(text, 0, text.length))
    : (text: string): string => convertRange(text, 0, text.length);
  return {
    target,
    convert,
    // Items are converted one by one, so no phrase can match across two of
    // them; unlike opencc-js, a call costs no trie or closure setup, so this is
    // as fast as joining the items with a separator (and cannot leak across).
    convertBatch: (texts) => texts.map(convert),
  };
}


/** The phrase table's code (about 1 KB gzip) is fetched only by readers who have a table. */
async function withPhrases(phrases: Readonly<Record<string, string>>, dictionaries: DictionaryConversion): Promise<RangeConverter> {
  if (!Object.keys(phrases).some((source) => source.length > 0)) return dictionaries.convert;
  const { withPhraseTable } = await import('./phrase-table.ts');
  return withPhraseTable(phrases, dictionaries);
}

/**
 * The dictionaries' conversion, and the same for text known to hold no key of the normalising
 * dictionary (the phrase table's scan tells; it then saves that whole pass over the text).
 */
async function dictionaryConverter(target: Target, options: CreateConverterOptions): Promise<DictionaryConversion> {
  if (target === 'simplified' && !options.from) return anyRegionToSimplified();
  const configs = configsFor(target, options);
  const tries = await loadTries(configs.flatMap(trieListsOf));
  const pipelines = configs.map((config) => buildPipeline(config, tries));
  // The first pipeline reads the range in place; the next ones read the whole text before them.
  const compose = ([first, ...rest]: RangeConverter[]): RangeConverter =>
    rest.length === 0
      ? first
      : (s, start, end) => {
          let text = first(s, start, end);
          for (const pipeline of rest) text = pipeline(text, 0, text.length);
          return text;
        };
  return {
    convert: compose(pipelines),
    convertNormalized: compose([buildPipeline(configs[0], tries, false), ...pipelines.slice(1)]),
    singleStep: configs.length === 1 ? singleStepOf(configs[0], tries) : undefined,
  };
}

/**
 * Hong Kong's own forms that OpenCC's standard Traditional -> Simplified (`t`) leaves as they are,
 * and its Hong Kong one (`hk`) converts: 衞生 -> 卫生, 衹 -> 只, 敍述 -> 叙述, 枱 -> 台. Hong Kong
 * pages write them all the time, and a Simplified reader must not see them. Derived from
 * opencc-js's HKVariantsRev (tests/unit/convert/hong-kong-forms.test.ts checks the list).
 */
export const HONG_KONG_FORMS = '衞衹敍枱粧糭潀';
const HONG_KONG_UNITS = new Set([...HONG_KONG_FORMS].map((char) => char.charCodeAt(0)));

function holdsHongKongForm(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (HONG_KONG_UNITS.has(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Toward Simplified from Traditional of any region: `t`, whose output `hk` equals on text without
 * a Hong Kong form, and `hk` on the texts that hold one (it costs two to three times as much).
 * No single step: the phrase table's one-pass scan would skip the choice.
 */
async function anyRegionToSimplified(): Promise<DictionaryConversion> {
  const [standard, hongKong] = await Promise.all([dictionaryConverter('simplified', { from: 't' }), dictionaryConverter('simplified', { from: 'hk' })]);
  const choose = (key: 'convert' | 'convertNormalized'): RangeConverter => (s, start, end) =>
    (holdsHongKongForm(s, start, end) ? hongKong : standard)[key](s, start, end);
  return { convert: choose('convert'), convertNormalized: choose('convertNormalized') };
}
