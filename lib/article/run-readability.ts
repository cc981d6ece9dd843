// Readability with CJK-aware settings. Not a fork: options it documents, plus its table of
// comma characters widened on this one instance (Chinese clauses end in 、；。 as often as ，).
import { Readability } from '@mozilla/readability';
import { isMostlyHan } from './cjk';

type Parsed = NonNullable<ReturnType<Readability<string>['parse']>>;

/** Readability retries with looser rules below this many characters; 500 is an English page. */
const CJK_CHAR_THRESHOLD = 140;
const CJK_CLAUSE_MARKS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001\u3002\uFF1B\uFF01\uFF1F]/g;

export function runReadability(clone: Document): Parsed | null {
  const chinese = isMostlyHan(clone.body?.textContent ?? '');
  const reader = new Readability(clone, chinese ? { charThreshold: CJK_CHAR_THRESHOLD } : {});
  if (chinese) {
    const tables = reader as unknown as { REGEXPS?: Record<string, RegExp> };
    if (tables.REGEXPS?.commas) tables.REGEXPS = { ...tables.REGEXPS, commas: CJK_CLAUSE_MARKS };
  }
  return reader.parse();
}
