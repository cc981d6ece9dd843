// The three commands over one decoded input. Each returns what to print and
// what to report; main.ts handles reading, writing and exit codes.
import type { DecodedText } from '@/lib/codec/decode-bytes.ts';
import { readDocument } from './document.ts';
import { detectText, runEngine } from './text-engine.ts';
import type { CliOptions } from './args.ts';

export interface FileInput {
  /** The name as given ("-" for standard input). */
  file: string;
  decoded: DecodedText;
  html: boolean;
}

function encodingReport(decoded: DecodedText) {
  return {
    name: decoded.encoding,
    detectedBy: decoded.source,
    ...(decoded.confidence !== undefined && { confidence: decoded.confidence }),
    ...((decoded.source === 'chardet' || decoded.source === 'meta') && { note: `not UTF-8: decoded as ${decoded.encoding}` }),
    ...(decoded.lossy && { lossy: true }),
  };
}

const displayName = (file: string) => (file === '-' ? '<stdin>' : file);

/** detect: one JSON object (printed as one line). */
export function detectFile({ file, decoded, html }: FileInput): Record<string, unknown> {
  const document = readDocument(decoded.text, html);
  const { verdict, garbles } = detectText(document.texts.join('\n'));
  return {
    file: displayName(file),
    script: verdict.script,
    garbles: garbles.map(({ kind, count, confidence, recoverable }) => ({ kind, count, confidence, recoverable })),
    counts: { simplified: verdict.simplified, traditional: verdict.traditional, han: verdict.han, sampled: verdict.sampled },
    encoding: encodingReport(decoded),
    html,
  };
}

/** repair and convert: the new document text and its report. */
export async function transformFile(
  { file, decoded, html }: FileInput,
  options: Pick<CliOptions, 'command' | 'to' | 'from'>,
): Promise<{ text: string; report: Record<string, unknown> }> {
  // The output is UTF-8 whatever the input was: a page whose bytes were GBK, and one whose bytes
  // were UTF-8 under a <meta> that said gb2312 (people.com.cn, 163.com), must both say so now.
  const document = readDocument(decoded.text, html, { declareUtf8: true, to: options.to });
  const run = await runEngine(document.texts, { repair: options.command === 'repair', to: options.to, from: options.from });
  const report: Record<string, unknown> = {
    file: displayName(file),
    command: options.command,
    encoding: encodingReport(decoded),
    html,
    ...(html && { textParts: document.texts.length }),
    ...(run.repair && { garbles: run.repair.garbles, repaired: run.repair.repaired, unrecoverable: run.repair.unrecoverable }),
    ...(options.to && { conversion: { to: options.to, ...(options.from && { from: options.from }), changedParts: run.converted } }),
    ...(document.declarationUpdated && { charsetDeclaration: 'changed to utf-8 (output is UTF-8)' }),
    ...(document.languageTagsUpdated > 0 && { languageTags: `${document.languageTagsUpdated} lang attribute(s) retagged for ${options.to}` }),
  };
  return { text: document.rebuild(run.texts), report };
}
