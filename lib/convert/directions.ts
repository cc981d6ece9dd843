// The opencc-js 1.4.2 conversion configs this project uses, restated as data
// (node_modules/opencc-js/dist/esm-lib/preset/full.js, `configs`). A config runs
// `normalization` over the whole text, splits it into words with `segmentation`
// (longest match), then passes each word through every group of `chain` in turn.
// Within a group the first dictionary wins; the same rules as opencc-js.
import type { DictName } from './dictionaries.ts';

export interface DirectionConfig {
  normalization: DictName[];
  segmentation?: DictName[];
  chain: DictName[][];
}

/** Source variants of Traditional text, as opencc-js names them. */
export type TraditionalVariant = 't' | 'tw' | 'twp' | 'hk' | 'hkp';
/** opencc-js "to" locales reached from Simplified (`cn`). */
export type TraditionalLocale = 't' | 'tw' | 'twp' | 'hk';

const COMPAT: DictName[] = ['CJK_Compatibility_Ideographs'];
const S2T: DictName[] = ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases', 'STCharacters'];
const S2T_SEGMENTS: DictName[] = ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'];
const T2S: DictName[] = ['TSPhrases', 'TSCharacters'];

export const TO_SIMPLIFIED: Record<TraditionalVariant, DirectionConfig> = {
  t: { normalization: COMPAT, chain: [T2S] },
  tw: { normalization: COMPAT, segmentation: ['TSPhrases'], chain: [['TWVariantsRevPhrases', 'TWVariantsRev'], T2S] },
  twp: {
    normalization: COMPAT,
    segmentation: ['TSPhrases'],
    chain: [['TWPhrasesRev', 'TWVariantsRevPhrases', 'TWVariantsRev'], T2S],
  },
  hk: { normalization: COMPAT, segmentation: ['TSPhrases'], chain: [['HKVariantsRevPhrases', 'HKVariantsRev'], T2S] },
  hkp: {
    normalization: COMPAT,
    segmentation: ['TSPhrases'],
    chain: [['HKPhrasesRev', 'HKVariantsRevPhrases', 'HKVariantsRev'], T2S],
  },
};

export const FROM_SIMPLIFIED: Record<TraditionalLocale, DirectionConfig> = {
  t: { normalization: COMPAT, chain: [S2T] },
  tw: { normalization: COMPAT, segmentation: S2T_SEGMENTS, chain: [S2T, ['TWVariantsPhrases', 'TWVariants']] },
  twp: {
    normalization: COMPAT,
    segmentation: S2T_SEGMENTS,
    chain: [S2T, ['TWPhrases', 'TWVariantsPhrases', 'TWVariants']],
  },
  hk: { normalization: COMPAT, segmentation: S2T_SEGMENTS, chain: [S2T, ['HKVariantsPhrases', 'HKVariants']] },
};

export function dictionariesOf(config: DirectionConfig): DictName[] {
  return [...config.normalization, ...(config.segmentation ?? []), ...config.chain.flat()];
}
