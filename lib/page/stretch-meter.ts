// How long Qingwen itself holds the main thread at a stretch. The Long Tasks API cannot tell
// Qingwen's work from the page's own (during parsing, Qingwen's observer runs inside the parser's
// tasks), so each stretch (a batch of the page's changes, or one slice of a pass, from the start
// of its work to its write) sums the time of its own synchronous pieces. Stretches of 10 ms or
// more show in the page's performance timeline as `qingwen:stretch`, for the bench to read.
const SHOWN_FROM_MS = 10;

export class StretchMeter {
  /** The longest stretch so far, in ms. */
  longest = 0;
  private started = -1;
  private spentMs = 0;

  /** Time spent in the current stretch so far. */
  get spent(): number {
    return this.spentMs;
  }

  /** A stretch of work begins (a batch arrived, a slice resumed after a yield). */
  begin() {
    this.started = performance.now();
    this.spentMs = 0;
  }

  /** Runs a synchronous piece of the current stretch and counts its time. */
  time<T>(piece: () => T): T {
    const before = performance.now();
    try {
      return piece();
    } finally {
      this.spentMs += performance.now() - before;
    }
  }

  /** The stretch ends (its batch is written). */
  end() {
    if (this.started < 0) return;
    const spent = this.spentMs;
    if (spent > this.longest) this.longest = spent;
    if (spent >= SHOWN_FROM_MS) {
      try {
        performance.measure('qingwen:stretch', { start: this.started, duration: spent });
      } catch {
        /* a timeline that refuses entries is not the page's problem */
      }
    }
    this.started = -1;
    this.spentMs = 0;
  }
}
