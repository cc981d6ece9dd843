// The content script's side of lib/page/react-hook.ts: while React hydrates, the page shows its
// own text (React compares it with what it renders); once React has committed, Qingwen converts
// again. A React that loads and never commits (or a hook that never answers) holds at most HOLD_MS.
import { REACT_COMMITTED, REACT_LOADED } from './react-hook';

const HOLD_MS = 2000;

export interface HydrationHold {
  /** React is about to read the page: put its own text back and write nothing. */
  hold(): void;
  /** React is done: convert again. */
  release(): void;
}

/** Listens for React loading and committing; returns the stop. */
export function holdDuringHydration(doc: Document, hold: HydrationHold, holdMs = HOLD_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let holding = false;
  const release = () => {
    if (!holding) return;
    holding = false;
    clearTimeout(timer);
    hold.release();
  };
  const onLoaded = () => {
    if (holding) return;
    holding = true;
    hold.hold();
    timer = setTimeout(release, holdMs);
  };
  doc.addEventListener(REACT_LOADED, onLoaded, true);
  doc.addEventListener(REACT_COMMITTED, release, true);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener(REACT_LOADED, onLoaded, true);
    doc.removeEventListener(REACT_COMMITTED, release, true);
  };
}
