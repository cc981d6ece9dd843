// Dictionary loading, one dynamic import per opencc-js dictionary module.
// Each literal `import()` becomes its own chunk in the engine bundle, so a
// direction fetches only the dictionaries its pipeline names (toward
// Simplified: the small TS* files; toward Traditional: the big STPhrases).

export type DictName =
  | 'CJK_Compatibility_Ideographs'
  | 'STCharacters'
  | 'STPhrases'
  | 'STPhrases_GeneratedFromRegionalPhrases'
  | 'TSCharacters'
  | 'TSPhrases'
  | 'TWPhrases'
  | 'TWPhrasesRev'
  | 'TWVariants'
  | 'TWVariantsPhrases'
  | 'TWVariantsRev'
  | 'TWVariantsRevPhrases'
  | 'HKPhrasesRev'
  | 'HKVariants'
  | 'HKVariantsPhrases'
  | 'HKVariantsRev'
  | 'HKVariantsRevPhrases';

type Loader = () => Promise<{ default: string }>;

// Literal specifiers on purpose: bundlers cannot split a computed import().
const LOADERS: Record<DictName, Loader> = {
  CJK_Compatibility_Ideographs: () => import('opencc-js/dict/CJK_Compatibility_Ideographs'),
  STCharacters: () => import('opencc-js/dict/STCharacters'),
  STPhrases: () => import('opencc-js/dict/STPhrases'),
  STPhrases_GeneratedFromRegionalPhrases: () => import('opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases'),
  TSCharacters: () => import('opencc-js/dict/TSCharacters'),
  TSPhrases: () => import('opencc-js/dict/TSPhrases'),
  TWPhrases: () => import('opencc-js/dict/TWPhrases'),
  TWPhrasesRev: () => import('opencc-js/dict/TWPhrasesRev'),
  TWVariants: () => import('opencc-js/dict/TWVariants'),
  TWVariantsPhrases: () => import('opencc-js/dict/TWVariantsPhrases'),
  TWVariantsRev: () => import('opencc-js/dict/TWVariantsRev'),
  TWVariantsRevPhrases: () => import('opencc-js/dict/TWVariantsRevPhrases'),
  HKPhrasesRev: () => import('opencc-js/dict/HKPhrasesRev'),
  HKVariants: () => import('opencc-js/dict/HKVariants'),
  HKVariantsPhrases: () => import('opencc-js/dict/HKVariantsPhrases'),
  HKVariantsRev: () => import('opencc-js/dict/HKVariantsRev'),
  HKVariantsRevPhrases: () => import('opencc-js/dict/HKVariantsRevPhrases'),
};

/** Names of the dictionaries loaded so far in this realm (tests check laziness with it). */
export const loadedDictionaries = new Set<DictName>();

export async function loadDictionaries(names: readonly DictName[]): Promise<Map<DictName, string>> {
  const unique = [...new Set(names)];
  const texts = await Promise.all(unique.map((name) => LOADERS[name]().then((module) => module.default)));
  unique.forEach((name) => loadedDictionaries.add(name));
  return new Map(unique.map((name, index) => [name, texts[index]]));
}
