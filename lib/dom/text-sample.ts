// Reads a bounded sample of a document's visible text for the cheap checks. The bound is on
// the text read and on the nodes stepped over, never on the size of the page: a 5 MB page
// costs what a 5 KB one does.
import { countSample, emptyCounts, type SampleCounts } from '@/lib/sniff/language';

/** Elements whose text is not shown (code, data, templates). */
export const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface SampleBudget {
  chars: number;
  nodes: number;
}

export const DEFAULT_BUDGET: SampleBudget = { chars: 4096, nodes: 800 };

export interface TextSample {
  text: string;
  counts: SampleCounts;
}

/** The title and the first shown text under `root` (the body by default), within `budget`. */
export function sampleText(doc: Document, budget: SampleBudget = DEFAULT_BUDGET, root: Node | null = doc.body): TextSample {
  const parts: string[] = [doc.title];
  let chars = doc.title.length;
  if (root) {
    const walker = doc.createTreeWalker(root, 0x4); // text nodes, no filter callback
    let nodes = 0;
    for (let node = walker.nextNode(); node && chars < budget.chars && nodes < budget.nodes; node = walker.nextNode()) {
      nodes++;
      if (NOT_SHOWN.has(node.parentNode?.nodeName ?? '')) continue;
      const value = node.nodeValue ?? '';
      parts.push(value);
      chars += value.length;
    }
  }
  const text = parts.join(' ').slice(0, budget.chars);
  return { text, counts: countSample(text, emptyCounts()) };
}
