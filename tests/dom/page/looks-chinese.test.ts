import { expect, test } from 'vitest';
import { looksChinese, looksMisdecoded, textSample } from '@/lib/detect/looks-chinese';

function page(body: string, lang = '') {
  document.documentElement.lang = lang;
  document.title = '';
  document.body.innerHTML = body;
}

test('Chinese text is recognised, inline scripts before it are not read as the page', () => {
  page(`<script>${'var x = 1;'.repeat(1000)}</script><p>${'清晨六點，江邊的綠道上已經有不少市民。'.repeat(3)}</p>`);
  expect(textSample(document)).not.toContain('var x');
  expect(looksChinese(document)).toBe(true);
});

test('English, French and a page with one Chinese word are not Chinese', () => {
  page('<p>The new riverside greenway links a dozen parks. A visitor wrote: 你好.</p>');
  expect(looksChinese(document)).toBe(false);
  page(`<p>${'Le café près de la rivière a ouvert ses portes, déjà très fréquenté. '.repeat(20)}</p>`);
  expect(looksChinese(document)).toBe(false);
  expect(looksMisdecoded(textSample(document))).toBeNull();
});

test('pages decoded with the wrong charset are recognised without any Han character', () => {
  page(`<p>${'\ufffd\ufffdA\ufffd\ufffd\ufffd '.repeat(20)}</p>`);
  expect(looksMisdecoded(textSample(document))).toBe('replacement-chars');
  expect(looksChinese(document)).toBe(true);
  page(`<p>${'Í¼Êé¹ÝÃ÷ÌìÉÏÎç¾Åµã¿ªÃÅ£¬'.repeat(5)}</p>`);
  expect(looksMisdecoded(textSample(document))).toBe('eight-bit-mojibake');
});

test('the sample stops early on a huge page', () => {
  page(`<p>${'word '.repeat(200_000)}</p><p>中文</p>`);
  expect(textSample(document).length).toBe(4096);
});
