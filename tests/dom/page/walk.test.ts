import { expect, test } from 'vitest';
import { collect, collectInParts } from '@/lib/dom/walk';
import { isInSkippedSubtree } from '@/lib/dom/skip-rules';

function texts(html: string) {
  document.body.innerHTML = html;
  return collect(document.body).texts.map((t) => t.nodeValue);
}

test('text in code, scripts, form fields, editable and untranslated regions is left alone', () => {
  const found = texts(`
    <p>這是正文</p>
    <script>var s = "國語";</script><style>.x::after{content:"國"}</style>
    <textarea>國語輸入</textarea><code>國 code</code><pre>國 pre</pre>
    <div contenteditable="true"><span>國 editable</span></div>
    <div contenteditable="false">國 not editable</div>
    <span translate="no">國 no</span><span class="notranslate other">國 nt</span>
    <p>English only</p>`);
  expect(found).toEqual(['這是正文', '國 not editable']);
});

test('reader-visible attributes are found, also on form fields; input values are not', () => {
  document.body.innerHTML = `
    <img alt="國旗" src="x.png"><a title="說明" aria-label="說明連結">x</a>
    <input placeholder="輸入國名" value="國"><textarea placeholder="留言" title="English"></textarea>
    <input class="notranslate" placeholder="國">`;
  const attrs = collect(document.body).attrs.map(({ el, name }) => `${el.tagName.toLowerCase()}[${name}]`);
  expect(attrs).toEqual(['img[alt]', 'a[title]', 'a[aria-label]', 'input[placeholder]', 'textarea[placeholder]']);
});

test('open shadow roots are walked and reported as roots', () => {
  document.body.innerHTML = '<div id="host"></div><p>外面</p>';
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<span>影子裡的字</span><code>國</code>';
  const found = collect(document);
  expect(found.texts.map((t) => t.nodeValue)).toEqual(['影子裡的字', '外面']);
  expect(found.roots).toEqual([shadow]);
});

test('a node reached alone knows whether an ancestor, even across a shadow root, is skipped', () => {
  document.body.innerHTML = '<pre><b>國</b></pre><p class="notranslate"><span id="h"></span></p><p><i>國</i></p>';
  const shadow = document.getElementById('h')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<em>國</em>';
  expect(isInSkippedSubtree(document.querySelector('b')!.firstChild!)).toBe(true);
  expect(isInSkippedSubtree(shadow.querySelector('em')!.firstChild!)).toBe(true);
  expect(isInSkippedSubtree(document.querySelector('i')!.firstChild!)).toBe(false);
});

test('a walk in parts finds what one walk finds, in order, and meets nodes inserted further on meanwhile', () => {
  document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p title="標題${i}">段落${i}<code>程式</code></p>`).join('');
  const whole = collect(document.body);
  const parts = collectInParts(document.body, 25);
  const first = parts.next().value!;
  expect(first.texts.length).toBeGreaterThan(0);
  expect(first.texts.length).toBeLessThan(whole.texts.length);
  document.body.insertAdjacentHTML('beforeend', '<p>後來的段落</p>');
  const rest = [...parts];
  const texts = [first, ...rest].flatMap((part) => part.texts.map((t) => t.nodeValue));
  expect(texts).toEqual([...whole.texts.map((t) => t.nodeValue), '後來的段落']);
  expect([first, ...rest].flatMap((part) => part.attrs.map((a) => a.el.getAttribute(a.name)))).toEqual(whole.attrs.map((a) => a.el.getAttribute(a.name)));
});
