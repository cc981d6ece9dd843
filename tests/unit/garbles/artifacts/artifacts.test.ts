import { expect, test } from 'vitest';
import { countArtifacts, repairArtifacts } from '@/lib/garbles/artifacts/artifacts';

test('OOXML carriage returns become line breaks', () => {
  const text = '第一段。_x000D_ _x000D_ 第二段。_x000D_第三段。';
  expect(countArtifacts(text)).toBe(3);
  expect(repairArtifacts(text)).toEqual({ text: '第一段。\n第二段。\n第三段。', count: 3 });
});

test('doubly escaped entities become the characters they name', () => {
  expect(repairArtifacts('价格&amp;nbsp;100元 &amp;ldquo;好&amp;rdquo; &amp;#20013;').text).toBe('价格\u00a0100元 “好” 中');
});

test('an entity escaped many times is undone down to single escaping, so a second repair changes nothing', () => {
  // A single `&lt;` in text is how technical pages show markup on purpose: it stays.
  const once = repairArtifacts('A&amp;amp;amp;amp;lt;B').text;
  expect(once).toBe('A&lt;B');
  expect(repairArtifacts(once).text).toBe(once);
});

test('legitimate text is left alone', () => {
  for (const text of ['AT&amp;T', 'x_x000_y', '&amp; alone', 'R&D', '_x000D']) expect(repairArtifacts(text)).toEqual({ text, count: 0 });
});
