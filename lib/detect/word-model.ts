// Which characters stand together in words: the context a repair needs when a site destroyed a
// byte and several characters fit (記者 or 記誅, 是否 or 式否). The pairs come from data the
// project already ships (scripts/build-word-pairs.ts). They are some 650 KB, so they are a chunk
// of their own, fetched by `loadWordModel()` only where a repair may need them; until then the
// repairs choose by the page's own statistics alone.

export interface WordModel {
  /** Whether `first` then `second` (UTF-16 units) occur together inside a known word. */
  pairs(first: number, second: number): boolean;
}

let loaded: WordModel | null = null;
let loading: Promise<WordModel> | null = null;

/** The model, if it has been loaded. */
export function wordModel(): WordModel | null {
  return loaded;
}

/** Loads the model once; later calls return the same promise. */
export function loadWordModel(): Promise<WordModel> {
  loading ??= import('./data/word-pairs.generated').then(({ WORD_PAIRS }) => (loaded = wordModelOf(WORD_PAIRS)));
  return loading;
}

/** A model over pairs given as one sorted string (two units each). */
export function wordModelOf(pairs: string): WordModel {
  const keys = new Uint32Array(pairs.length >> 1);
  for (let i = 0; i < keys.length; i++) keys[i] = ((pairs.charCodeAt(2 * i) << 16) | pairs.charCodeAt(2 * i + 1)) >>> 0;
  return {
    pairs(first, second) {
      const key = ((first << 16) | second) >>> 0;
      let lo = 0;
      let hi = keys.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (keys[mid] === key) return true;
        if (keys[mid] < key) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
}
