// One byte per UTF-16 code unit saying which script a Han character marks, built once on first
// use from the generated strings (a table lookup per character keeps detection cheap).
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './script-chars.generated';

export const SIMPLIFIED_MARK = 1;
export const TRADITIONAL_MARK = 2;

let table: Uint8Array | undefined;

export function scriptMarks(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) table[SIMPLIFIED_ONLY.charCodeAt(i)] = SIMPLIFIED_MARK;
  for (let i = 0; i < TRADITIONAL_ONLY.length; i++) table[TRADITIONAL_ONLY.charCodeAt(i)] = TRADITIONAL_MARK;
  return table;
}

/** The script mark foreign to the decoded tokens' majority script (-1: no majority). */
export function foreignScriptMark(tokens: readonly { cp: number }[]): number {
  const marks = scriptMarks();
  let simplified = 0;
  let traditional = 0;
  for (const t of tokens) {
    if (t.cp < 0 || t.cp > 0xffff) continue;
    if (marks[t.cp] === SIMPLIFIED_MARK) simplified++;
    else if (marks[t.cp] === TRADITIONAL_MARK) traditional++;
  }
  return simplified > traditional ? TRADITIONAL_MARK : traditional > simplified ? SIMPLIFIED_MARK : -1;
}
