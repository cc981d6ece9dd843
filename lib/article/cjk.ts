// Counting text the way a Chinese reader weighs it: one Han character carries about what an
// English word does, so thresholds made for English (characters, commas) need CJK-aware twins.

const HAN = /\p{Script=Han}/gu;

export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** True when at least a third of the non-space characters are Han. */
export function isMostlyHan(text: string): boolean {
  const sample = text.slice(0, 5000);
  return hanCount(sample) > sample.replace(/\s/g, '').length / 3;
}

/** Text without whitespace: lengths and link shares measured on what the reader reads. */
export const visibleLength = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '').length;

