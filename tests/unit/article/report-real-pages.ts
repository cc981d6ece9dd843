// Prints how the extraction step does on every real page (npx tsx tests/unit/article/report-real-pages.ts [slug...]).
// For iterating on lib/article; the assertions live in extract-real-pages.test.ts.
import { extractArticle } from '@/lib/article/extract';
import { parsePage, stripTagsForTests } from './dom';
import { pageReference, realPageHtml, realPageSlugs } from './real-pages';
import { linkTextShare, scoreCopy } from './real-page-score';

const verbose = process.argv.includes('-v');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const mark = (ok: boolean | null) => (ok === null ? '·' : ok ? 'ok' : 'NO');
for (const slug of realPageSlugs().filter((s) => !wanted.length || wanted.includes(s))) {
  const reference = pageReference(slug);
  const { doc, win, close } = parsePage(realPageHtml(reference), `https://corpus.example/${slug}/source.html`);
  const started = performance.now();
  const draft = extractArticle(doc, { win, sanitize: stripTagsForTests });
  const ms = performance.now() - started;
  const holder = doc.createElement('div');
  holder.innerHTML = draft.html;
  const score = scoreCopy(reference, { ...draft, linkTextShare: linkTextShare(holder) });
  const recall = score.lineRecall === null ? '  -  ' : `${(score.lineRecall * 100).toFixed(0).padStart(3)}% `;
  console.log(
    `${slug.padEnd(16)} ${recall} of ${String(reference.lines.length).padStart(3)}  title ${mark(score.titleOk)}  byline ${mark(score.bylineOk)}  date ${mark(score.dateOk)}  ` +
      `prec ${score.precision === null ? ' - ' : (score.precision * 100).toFixed(0).padStart(3) + '%'}  ${String(score.chars).padStart(5)} chars  links ${(score.linkTextShare * 100).toFixed(0).padStart(2)}%  ${draft.method}  ${ms.toFixed(0)} ms`,
  );
  if (verbose) {
    console.log(`   title: ${draft.title} | byline: ${draft.byline} | date: ${draft.publishedTime}`);
    console.log(`   want:  ${reference.title} | byline: ${reference.byline} | date: ${reference.date}`);
    for (const line of score.missing.slice(0, 5)) console.log(`   missing: ${line.slice(0, 80)}`);
    console.log(`   text: ${draft.text.replace(/\n+/g, ' / ').slice(0, 300)}`);
  }
  await close();
}
