import { describe, expect, it } from 'vitest';
import { cornerToCurly, curlyToCorner } from '@/lib/convert/punctuation.ts';
import { createConverter } from '@/lib/convert/index.ts';

describe('quotes that follow the target', () => {
  it('turns quotes around or beside CJK text into corner brackets, nested ones too', () => {
    expect(curlyToCorner('他说：“今天‘很好’。”')).toBe('他说：「今天『很好』。」');
    expect(curlyToCorner('“Hello”他说')).toBe('「Hello」他说');
    expect(curlyToCorner('書名是“Qingwen”')).toBe('書名是「Qingwen」');
  });

  it('leaves English apostrophes and quotes in Latin text alone', () => {
    const english = 'It’s “fine”, he said, and ‘don’t’ was not.';
    expect(curlyToCorner(english)).toBe(english);
    expect(curlyToCorner('中文 and it’s fine')).toBe('中文 and it’s fine');
    expect(curlyToCorner('他说“don’t”')).toBe('他说「don’t」');
  });

  it('converts a lone quote only where it touches CJK (a quote split across text nodes)', () => {
    expect(curlyToCorner('他说“')).toBe('他说「');
    expect(curlyToCorner('”他走了')).toBe('」他走了');
    expect(curlyToCorner('say “')).toBe('say “');
  });

  it('turns corner brackets back toward Simplified', () => {
    expect(cornerToCurly('他说：「今天『很好』。」')).toBe('他说：“今天‘很好’。”');
  });

  it('is part of the converter only when asked for', async () => {
    const plain = await createConverter('taiwan');
    expect(plain.convert('他说“软件”')).toBe('他說“軟件”');
    const taiwan = await createConverter('taiwan', { punctuation: true });
    expect(taiwan.convert('他说“软件”，it’s ok')).toBe('他說「軟件」，it’s ok');
    const simplified = await createConverter('simplified', { punctuation: true });
    expect(simplified.convert('他說「軟件」')).toBe('他说“软件”');
  });
});

describe('a converter without dictionaries (a page already in the target script)', () => {
  it('applies only the phrase table and the quotes', async () => {
    const touchUp = await createConverter('taiwan', { dictionaries: false, phrases: { 軟件: '軟體' }, punctuation: true });
    expect(touchUp.convert('她說“這個软件和軟件”')).toBe('她說「這個软件和軟體」');
  });
});
