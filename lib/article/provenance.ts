import type { PageState } from '@/lib/messaging';
import type { ArticleProvenance } from './types';

/** What the page session reported, in the form stored with a saved article. */
export function provenanceFromState(state: PageState | null): ArticleProvenance {
  return {
    detectedScript: state?.verdict?.script ?? null,
    convertedTo: state?.active ? state.convertedTo ?? null : null,
    repaired: state?.active ? state.report?.repaired.filter((r) => r.count > 0) ?? [] : [],
    unrecoverable: state?.active ? state.report?.unrecoverable.length ?? 0 : 0,
    redecoded: state?.redecoded ?? null,
  };
}
