// The shared corpus is read in place (CI has ../shared beside the clone); never copied here.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');

export interface CorpusExcerpt {
  id: string;
  kind: string;
  source: string;
  text: string;
  note?: string;
  expected?: string;
  expected_from?: string;
  expect_contains?: string[];
  excerpt_truncated?: boolean;
}

export function corpusExcerpts(): CorpusExcerpt[] {
  const dir = resolve(CORPUS_DIR, 'real');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ id: name.replace(/\.json$/, ''), ...JSON.parse(readFileSync(resolve(dir, name), 'utf8')) }));
}

export function corpusFile(relativePath: string): string {
  return readFileSync(resolve(CORPUS_DIR, relativePath), 'utf8');
}
