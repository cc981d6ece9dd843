// How far opencc-js advances past a position where no dictionary key starts:
// one code point, or a whole Ideographic Description Sequence (⿰氵每) so that
// no key matches inside it. Ported from opencc-js core.js, with `end` standing
// in for the length of the segment string opencc-js would have sliced out.

function codePointLength(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const next = s.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

function idsArity(c: number): number {
  if (c >= 0x2ff0 && c <= 0x2ff1) return 2;
  if (c >= 0x2ff2 && c <= 0x2ff3) return 3;
  if (c >= 0x2ff4 && c <= 0x2fff) return 2;
  return 0;
}

function idsEnd(s: string, i: number, end: number): number {
  const arity = idsArity(s.charCodeAt(i));
  if (arity === 0) return 0;
  let at = i + 1;
  for (let n = 0; n < arity; n += 1) {
    if (at >= end) return 0;
    const childEnd = idsEnd(s, at, end);
    at = childEnd || at + codePointLength(s, at, end);
  }
  return at;
}

export function unmatchedLength(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  // Fast path: neither an IDS operator nor a high surrogate.
  if (c < 0x2ff0 || (c > 0x2fff && (c < 0xd800 || c > 0xdbff))) return 1;
  const ids = idsEnd(s, i, end);
  return ids > i ? ids - i : codePointLength(s, i, end);
}
