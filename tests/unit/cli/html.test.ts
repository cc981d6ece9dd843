// HTML input: only readable text changes; every other byte is copied.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConverter } from '@/lib/convert/index.ts';
import { legacyEncoder } from '@/lib/codec/legacy-tables.ts';
import { readDocument } from '@/lib/cli/document.ts';
import { languageTagEdits } from '@/lib/cli/html-declarations.ts';
import { applyEdits, findHtmlTexts } from '@/lib/cli/html-texts.ts';
import type { Target } from '@/lib/engine/types.ts';
import { tokenizeHtml } from '@/lib/cli/html-tokenizer.ts';
import { corpusFile } from '@/tests/harness/corpus.ts';
import { runCli, tempDir } from './run-cli.ts';

const PAGES = ['qq', 'gmw', 'pixnet'];

/** The source of every token that is not readable text: what must survive byte for byte. */
function markupOf(html: string): string[] {
  const textStarts = new Set(findHtmlTexts(html).map((part) => part.start));
  const pieces: string[] = [];
  for (const token of tokenizeHtml(html)) {
    if (token.type === 'start-tag') {
      // A tag with a readable attribute: keep the tag minus that attribute's value.
      let copied = token.start;
      let kept = '';
      for (const attribute of token.attributes) {
        if (!textStarts.has(attribute.start)) continue;
        kept += html.slice(copied, attribute.start) + '…';
        copied = attribute.end;
      }
      // A changed unquoted value gains quotes: compare tags without them.
      pieces.push((kept + html.slice(copied, token.end)).replace(/["']?…["']?/g, '…'));
    } else if (!textStarts.has(token.start)) {
      pieces.push(html.slice(token.start, token.end));
    }
  }
  return pieces;
}

describe('HTML rewriting', () => {
  it.each(PAGES)('%s: unchanged values rebuild the page byte for byte', (page) => {
    const html = corpusFile(`pages/${page}/source.html`);
    const document = readDocument(html, true);
    expect(document.texts.length).toBeGreaterThan(20);
    expect(document.rebuild(document.texts) === html).toBe(true);
  });

  it.each(PAGES)('%s: converted, the markup, scripts and styles are identical', async (page) => {
    const html = corpusFile(`pages/${page}/source.html`);
    const converter = await createConverter(page === 'pixnet' ? 'simplified' : 'taiwan-phrases');
    const document = readDocument(html, true);
    const output = document.rebuild(converter.convertBatch(document.texts));
    expect(output).not.toBe(html);
    expect(markupOf(output)).toEqual(markupOf(html));
  });

  it('finds text, <title> and the readable attributes, skipping script, style, code, pre, comments', () => {
    const html = `<title>标题&amp;</title><style>p{content:"样式"}</style><script>"脚本 <p>"</script>
      <p title="提示" data-x="数据" alt=图片>正文&nbsp;<!-- 注释 --><code>代码<pre>预</pre>码</code>后<PRE>大写</PRE></p>
      <textarea>文本框</textarea><input placeholder='占位' aria-label="标签">`;
    const found = findHtmlTexts(html).map((part) => `${part.kind}:${part.value.replace(/^[ \n]+|[ \n]+$/g, '')}`);
    expect(found).toEqual(['title:标题&', 'attribute:提示', 'attribute:图片', 'text:正文\u00a0', 'text:后', 'attribute:占位', 'attribute:标签']);
  });

  it('escapes what it writes and quotes unquoted attribute values', () => {
    const html = '<p alt=软件>软件 &lt; &unknown; 5</p>';
    const document = readDocument(html, true);
    expect(document.texts).toEqual(['软件', '软件 < &unknown; 5']);
    expect(document.rebuild(['軟 "體"', '軟體 < &unknown; 5'])).toBe('<p alt="軟 &quot;體&quot;">軟體 &lt; &amp;unknown; 5</p>');
  });

  it('decodes every named reference of HTML, and numeric ones as the standard maps them', () => {
    const html = '<p title="&#128;&hearts;&NotEqualTilde;">&#128;&#x80; &CounterClockwiseContourIntegral; &not x &#0; &amp</p>';
    expect(readDocument(html, true).texts).toEqual(['€♥≂̸', '€€ ∳ ¬ x \ufffd &']);
    // In attributes, a legacy name followed by "=" or a letter stays as written, as in a browser.
    expect(readDocument('<a title="&notit; &not=1">x</a>', true).texts).toEqual(['&notit; &not=1', 'x']);
  });

  it('spells characters the way the source did when it rewrites a text', () => {
    const html = '<p title="&quot;软件&quot;">软件&nbsp;&mdash;&#x8F6F; "x" > y</p>';
    const document = readDocument(html, true);
    expect(document.texts).toEqual(['"软件"', '软件\u00a0—软 "x" > y']);
    expect(document.rebuild(['"軟體"', '軟體\u00a0—軟 "x" > y'])).toBe('<p title="&quot;軟體&quot;">軟體&nbsp;&mdash;軟 "x" > y</p>');
  });

  it('the CLI keeps markup, and a GBK page is declared UTF-8 once written as UTF-8', async () => {
    const dir = tempDir();
    const page = '<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>软件</title></head>' +
      '<body><p class="a" title="内存">软件和网络</p><script>var s="软件";</script></body></html>';
    writeFileSync(join(dir, 'page.html'), legacyEncoder('gbk').encode(page));
    const run = await runCli(['convert', '--to', 'taiwan-phrases', '--report', join(dir, 'page.html')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '<html lang="zh-TW"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>軟體</title></head>' +
        '<body><p class="a" title="記憶體">軟體和網路</p><script>var s="软件";</script></body></html>',
    );
    const report = JSON.parse(run.stderr.trim());
    expect(report).toMatchObject({
      html: true,
      encoding: { name: 'gb18030' },
      charsetDeclaration: 'changed to utf-8 (output is UTF-8)',
      languageTags: '1 lang attribute(s) retagged for taiwan-phrases',
    });
  });

  it('a UTF-8 page whose <meta> says gb2312 is declared UTF-8 in the output too', async () => {
    // Real pages (people.com.cn, 163.com) are UTF-8 bytes under <meta charset=gb2312>: written back
    // with that declaration, a browser opening the file reads it as GBK and shows mojibake.
    const dir = tempDir();
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><meta charset="GB2312"></head><body><p>软件和网络</p></body></html>';
    writeFileSync(join(dir, 'page.html'), page);
    const run = await runCli(['repair', '--report', join(dir, 'page.html')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(page.replace('charset=gb2312', 'charset=utf-8').replace('charset="GB2312"', 'charset="utf-8"'));
    expect(JSON.parse(run.stderr.trim())).toMatchObject({ encoding: { name: 'utf-8' }, charsetDeclaration: 'changed to utf-8 (output is UTF-8)' });
  });

  it('retags lang attributes that name the other script, and only those', () => {
    const html = '<html lang="zh-CN"><p lang=zh>a</p><p lang="zh-Hant-TW">b</p><p lang="en">c</p><p xml:lang="zh-hk">d</p>';
    const edits = (to: Target) => applyEdits(html, languageTagEdits(html, to));
    expect(edits('hongkong')).toBe('<html lang="zh-HK"><p lang="zh-HK">a</p><p lang="zh-Hant-TW">b</p><p lang="en">c</p><p xml:lang="zh-hk">d</p>');
    expect(edits('simplified')).toBe('<html lang="zh-CN"><p lang=zh>a</p><p lang="zh-Hans">b</p><p lang="en">c</p><p xml:lang="zh-Hans">d</p>');
  });

  it('--html treats any input as HTML', async () => {
    const run = await runCli(['convert', '--to', 'simplified', '--html'], { stdin: '<b title="軟體">軟體</b><code>軟體</code>' });
    expect(run.stdout).toBe('<b title="软体">软体</b><code>軟體</code>');
  });
});
