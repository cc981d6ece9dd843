// One page's life with Qingwen: judge it, repair and convert it, follow its changes,
// and undo everything on stop. It may start while the parser is still building the page
// (document_start): then it converts what the parser inserts, batch by batch, before each
// frame. Every start has a stop; no exception reaches the page.
import { MARKER_STATE } from '@/lib/dom/markers';
import { PageObserver, type DirtyBatch } from '@/lib/dom/observer';
import { langTagFor, langWrites, applyWrites } from '@/lib/dom/rewrite';
import { collectInParts, emptyCollected, type Collected, type ScanRoot } from '@/lib/dom/walk';
import type { PageState } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/schema';
import { siteModeAt, targetAt } from '@/lib/settings/site-rules';
import { convertOptionsFor } from '@/lib/settings/phrases';
import { countSample, languageOf, type ScriptGuess, type SniffLanguage } from '@/lib/sniff/language';
import type { Script } from '@/lib/engine/types';
import { isTraditionalTarget, needsConversion, type TextEngine } from './text-engine';
import { PageRewriter } from './page-rewriter';
import { emptyReport, mergeReports } from './report';
import type { RedecodeOutcome } from './redecode';
import { sampleOf, type TextPlan } from './text-plan';
import { collectDirty } from './dirty-batch';
import { guarded } from './guarded';
import { pageSettingsChanged } from './settings-diff';
import { sliceCollected, yieldToPage } from './time-slices';
import { StretchMeter } from './stretch-meter';

export interface SessionOptions {
  engine: TextEngine;
  settings: Settings;
  /** The user asked for this page (shortcut, menu, popup): run even where the site is off or the page not Chinese. */
  force?: boolean;
  /** Start without touching the page (a frame opened only for a selection conversion). */
  startIdle?: string;
  /** The script the content script expects (first text, site memory), used while the page has too little text to judge. */
  expectedScript?: ScriptGuess;
  /** The content script's view of the page's language, as it reads on. */
  pageLanguage?(): SniffLanguage | null;
  /** Called whenever the state changed (badge, popup). */
  onState?(state: PageState): void;
  /** Called once what is on the page is converted (or known not to need it): the veil may lift. */
  onFirstPass?(): void;
  /** True while React hydrates the page: nothing is written (lib/page/hydration-hold.ts). */
  hydrating?(): boolean;
  /** Re-decodes a page shown with the wrong charset (lazily loaded; absent in DOM tests). */
  redecode?(doc: Document, rewriter: PageRewriter): Promise<RedecodeOutcome | null>;
}

export interface PageSession {
  readonly state: PageState;
  /** `force`: the user asked for this page explicitly, so convert even where conversion is off. */
  setActive(active: boolean, force?: boolean): Promise<PageState>;
  /** Writes computed outside the session (a converted selection), recorded for revert. */
  applyWrites(writes: import('@/lib/dom/rewrite').TextWrite[]): number;
  applySettings(settings: Settings): Promise<PageState>;
  /** The page turned out not to be Chinese: undo everything and stay idle. */
  leave(reason: string): void;
  /** Goes over the whole page again from its own text. */
  refresh(): Promise<void>;
  /** React is about to hydrate the page: its own text goes back until refresh(). */
  holdForHydration(): void;
  /** The rewriter, for one-off conversions (selection) that must also revert. */
  readonly rewriter: PageRewriter;
  /** Each node's text as the page has it: repaired, not converted (a saved article's original). */
  pageTexts(nodes: readonly Text[]): string[];
  stop(): void;
}

export async function startPageSession(doc: Document, options: SessionOptions): Promise<PageSession> {
  const session = new Session(doc, options);
  await session.start();
  return session;
}

export function stopPageSession(session: PageSession) {
  session.stop();
}

/** A verdict taken on this many Han characters (or on the whole parsed page) is final. */
const SETTLED_HAN = 400;
const SAMPLE_CHARS = 32_768;
/** Time walking and judging a pass's first part after which its writing waits for the page to run. */
const SPLIT_STRETCH_MS = 8;

/** Nodes walked at a stretch in a whole-page pass (a few ms on the reference machine). */
const WALK_PART_NODES = 6_000;

class Session implements PageSession {
  readonly state: PageState;
  readonly rewriter: PageRewriter;
  private settings: Settings;
  private observer = new PageObserver({
    onBatch: (batch) => void this.guard(() => this.onBatch(batch)),
    // While the parser builds the page, what it inserts is converted before it can be painted.
    immediate: () => this.doc.readyState === 'loading',
  });
  private plan: TextPlan | null = null;
  /** The verdict will not change any more: no need to keep sampling. */
  private settled = false;
  private planning: Promise<boolean> | null = null;
  private sample: string[] = [];
  private sampleLength = 0;
  private loadingStrays: Promise<void> | null = null;
  private langWritten: false | 'early' | 'parsed' = false;
  private firstPassDone = false;
  private href: string;
  private redecodeTried = false;
  /** The marker on <html> says 'active' (set once the first pass is written). */
  private marked = false;
  private stopLoadWatch: (() => void) | null = null;
  private meter = new StretchMeter();
  /** A slice was written in this session (the first is smaller: the engine's code is still cold). */
  private wroteSlice = false;

  constructor(private doc: Document, private options: SessionOptions) {
    this.settings = options.settings;
    this.rewriter = new PageRewriter(options.engine);
    this.href = doc.location?.href ?? '';
    const host = doc.location?.hostname ?? '';
    this.state = { url: this.href, host, title: doc.title, active: false, changedNodes: 0 };
  }

  async start() {
    const mode = siteModeAt(this.settings, this.href);
    if (this.options.startIdle) return this.idle(this.options.startIdle);
    if (mode === 'never' && !this.options.force) return this.idle('site-off');
    await this.activate();
  }

  async setActive(active: boolean, force = false) {
    if (force && !this.options.force) {
      this.options.force = true;
      // Only a page held back by "conversion off" needs a new pass; an active page stays as it is.
      const heldBack = this.state.active && !this.plan?.converter && this.settings.conversion === 'off';
      if (heldBack) this.deactivate('forced');
      if (heldBack || !this.state.active) this.resetPlan();
    }
    if (active && !this.state.active) await this.activate();
    // Off also undoes one-off conversions (a selection) made while the page itself was idle.
    else if (!active && (this.state.active || this.rewriter.store.size)) this.deactivate('user-off');
    return this.state;
  }

  async applySettings(settings: Settings) {
    const before = this.settings;
    this.settings = settings;
    if (!pageSettingsChanged(before, settings, this.href)) return this.state;
    const mode = siteModeAt(settings, this.href);
    // Back on after a change unless the reader had turned this page off.
    const resume = this.state.active || this.state.idleReason === 'site-off' || mode === 'always';
    this.deactivate('settings');
    this.resetPlan();
    if (mode === 'never') this.idle('site-off');
    else if (resume) await this.activate();
    return this.state;
  }

  applyWrites(writes: import('@/lib/dom/rewrite').TextWrite[]) {
    const changed = applyWrites(this.rewriter.store, writes);
    this.rewriter.markExamined(writes.map((w) => w.node));
    this.observer.ignoreOwnWrites();
    this.state.changedNodes += changed;
    this.emit();
    return changed;
  }

  /** Goes over the whole page again from its own text (the engine learned more: a word model). */
  async refresh() {
    if (!this.state.active) return;
    this.rewriter.forgetExamined();
    await this.guard(() => this.rewriteAll());
  }

  holdForHydration() {
    if (!this.state.active || !this.rewriter.store.size) return;
    this.rewriter.revert();
    this.observer.ignoreOwnWrites();
    this.langWritten = false;
    this.state.changedNodes = 0;
    this.state.report = undefined;
  }

  pageTexts(nodes: readonly Text[]) {
    return this.rewriter.repairedTexts(this.plan, nodes);
  }

  leave(reason: string) {
    if (this.options.force) return; // the reader asked for this page
    this.deactivate(reason);
    this.passDone();
  }

  stop() {
    this.stopLoadWatch?.();
    void this.guard(() => this.deactivate('stopped'));
  }

  private async activate() {
    await this.guard(async () => {
      this.state.active = true;
      this.state.idleReason = undefined;
      if (this.doc.readyState === 'loading') this.redecodeWhenParsed();
      else await this.maybeRedecode();
      this.observer.observe(this.doc);
      await this.passOverPage();
      if (!this.state.active) return; // turned off while the converter was loading
      // Set once the first batch is written: tests and the popup read it as "done".
      this.markActive();
      this.emit();
    });
    this.maybePassDone();
  }

  private markActive() {
    this.marked = true;
    this.doc.documentElement?.setAttribute(MARKER_STATE, 'active');
  }

  private deactivate(reason: string) {
    this.marked = false;
    this.observer.disconnect();
    this.rewriter.revert();
    this.state.active = false;
    this.state.idleReason = reason;
    this.state.changedNodes = 0;
    this.state.convertedTo = undefined;
    this.state.touchedUp = undefined;
    this.state.report = undefined;
    this.langWritten = false;
    // 'off' only where Qingwen had been on: a page it only looked at keeps no trace, nor does one
    // it left for not being Chinese (started on the site's memory, it was marked before its text
    // came in: a Korean page on a site whose last page was Chinese), its text given back above.
    const html = this.doc.documentElement;
    if (reason === 'not-chinese') html?.removeAttribute(MARKER_STATE);
    else if (html?.hasAttribute(MARKER_STATE)) html.setAttribute(MARKER_STATE, 'off');
    this.emit();
  }

  private resetPlan() {
    this.plan = null;
    this.settled = false;
    this.sample = [];
    this.sampleLength = 0;
  }

  private idle(reason: string) {
    this.state.idleReason = reason;
    this.emit();
    this.passDone();
  }

  /**
   * The first pass is done once what is shown is converted and what comes next will be in
   * time: the converter is ready, or the page is known not to need one.
   */
  private maybePassDone() {
    if (this.firstPassDone || this.awaitingRedecode()) return;
    const ready = !this.state.active || !this.plan || this.plan.converter || this.settled || this.state.verdict?.script !== 'none';
    if (ready) this.passDone();
  }

  private passDone() {
    if (this.firstPassDone) return;
    this.firstPassDone = true;
    try {
      this.options.onFirstPass?.();
    } catch {
      /* the caller's */
    }
  }

  /** A page that was garbled by its charset shows its fixed text first, not the garbage. */
  private awaitingRedecode() {
    return !this.redecodeTried && this.options.redecode && this.options.pageLanguage?.() === 'misdecoded';
  }

  /** Re-decoding needs the whole page: it runs once the parser is done. */
  private redecodeWhenParsed() {
    if (this.stopLoadWatch || !this.options.redecode) return;
    const onParsed = () => {
      this.stopLoadWatch = null;
      void this.guard(async () => {
        if (!this.state.active) return;
        const replaced = await this.maybeRedecode();
        if (replaced && this.state.active) {
          this.observer.ignoreOwnWrites();
          // The verdict so far was taken on the misdecoded text (U+FFFD and stray ideographs read
          // as a mixed page: texts with no mark, 旅游, were left unconverted): judge the real text.
          this.resetPlan();
          await this.passOverPage();
        }
      }).then(() => this.passDone());
    };
    this.doc.addEventListener('DOMContentLoaded', onParsed, { once: true });
    this.stopLoadWatch = () => this.doc.removeEventListener('DOMContentLoaded', onParsed);
  }

  private async maybeRedecode(): Promise<boolean> {
    if (this.redecodeTried || !this.options.redecode) return false;
    this.redecodeTried = true; // one refetch per page load, even if toggled
    const outcome = await this.options.redecode(this.doc, this.rewriter).catch(() => null);
    if (outcome) this.state.redecoded = { from: outcome.from, to: outcome.to };
    return !!outcome;
  }

  /**
   * Judges the page's script from its text so far and prepares the converter. While the page
   * is short of text the verdict stays open (the content script's expectation fills in), and a
   * later batch may still call for a converter. True when the plan changed under nodes
   * already handled: the caller then goes over the whole page again.
   */
  private ensurePlan(found: Collected): Promise<boolean> {
    if (this.plan && this.settled) return Promise.resolve(false);
    const run = (this.planning ?? Promise.resolve(false)).then(() => this.judge(found));
    this.planning = run.catch(() => false);
    return run;
  }

  private async judge(found: Collected): Promise<boolean> {
    if (this.plan && this.settled) return false;
    const { sample, verdict } = this.meter.time(() => {
      this.addToSample(found);
      const sample = this.sample.join('\n');
      return { sample, verdict: this.options.engine.detectScript(sample) };
    });
    const parsed = this.doc.readyState !== 'loading';
    this.settled = verdict.han >= SETTLED_HAN || parsed;
    if (!this.options.force && siteModeAt(this.settings, this.href) !== 'always' && this.looksForeign(sample)) {
      this.leave('not-chinese');
      return false;
    }
    const script = this.expected(verdict.script);
    if (this.plan && script === 'none') return false;
    this.state.verdict = { ...verdict, script: verdict.script === 'none' ? script : verdict.script };
    const { conversion, repair } = this.settings;
    const target = targetAt(this.settings, this.href);
    const allowed = conversion === 'auto' || this.options.force;
    const options = convertOptionsFor(this.settings, target);
    // A page in both scripts, toward Traditional: each text is judged alone (text-plan.ts), as on
    // a page in the reader's script, for its converter goes through Simplified and back, which is
    // lossy on the Traditional texts (係 -> 系, 皇帝後宮 -> 皇帝后宮, 試吓 -> 試嚇).
    const textByText = allowed && this.state.verdict.script === 'mixed' && isTraditionalTarget(target);
    const convert = allowed && !textByText && needsConversion(this.state.verdict, target);
    // A full converter, once made, stays for the session: a page judged early keeps converting.
    if (this.plan && (!convert || !this.plan.strays)) return false;
    // A page already in the reader's script still gets the reader's own phrases and quotes.
    const touchUp = allowed && !convert && this.state.verdict.script !== 'none' && (!!options.phrases || !!options.punctuation);
    const converter = convert
      ? await this.options.engine.createConverter(target, options)
      : touchUp
        ? await this.options.engine.createConverter(target, { ...options, dictionaries: false })
        : null;
    const replan = this.plan !== null;
    // ... and texts in the other script on it are converted alone (a converter loads when one turns up).
    const strays = convert || !allowed ? undefined : isTraditionalTarget(target) ? 'simplified' : 'traditional';
    this.plan = { repair, converter, strays, pinyinPage: this.plan?.pinyinPage };
    if (textByText) this.plan.strayConverter = await this.options.engine.createConverter(target, options);
    if (touchUp && !textByText) this.plan.touchUp = { phrases: !!options.phrases, punctuation: !!options.punctuation };
    if (replan) this.rewriter.forgetExamined();
    return replan;
  }

  /** Until the text settles it, the script the content script expects. */
  private expected(script: Script): Script {
    if (script !== 'none' || this.settled) return script;
    const expected = this.options.expectedScript;
    return expected === 'simplified' || expected === 'traditional' ? expected : 'none';
  }

  /** Japanese or Korean, by the content script's reading or by the kana in this sample. */
  private looksForeign(sample: string): boolean {
    // The content script's first look may already have settled it (a session started on the
    // site's memory, before the page's text came in).
    const declared = this.options.pageLanguage?.();
    if (declared === 'japanese' || declared === 'korean' || declared === 'other') return true;
    const language = languageOf(countSample(sample), this.settled);
    return language === 'japanese' || language === 'korean';
  }

  private addToSample(found: Collected) {
    if (this.sampleLength >= SAMPLE_CHARS) return;
    const pending = this.rewriter.pendingTexts(found);
    const text = sampleOf(pending, (n) => this.rewriter.baseOfText(n), SAMPLE_CHARS - this.sampleLength);
    if (this.sample.length === 0) this.sample.push(this.doc.title);
    this.sample.push(text);
    this.sampleLength += text.length;
  }

  /** Judges the page on its first part, then goes over all of it. */
  private async passOverPage() {
    this.meter.begin();
    const parts = collectInParts(this.doc, WALK_PART_NODES);
    const first = this.meter.time(() => parts.next().value || emptyCollected());
    const replan = await this.ensurePlan(first);
    // On the first pass (veiled, or the page still parsing), a first part that took long to walk
    // and judge (a huge page) is a stretch of its own: the page runs before it is written. Later
    // passes (a single-page app's new view) are written in the same task: no frame shows them unconverted.
    if (!this.firstPassDone && this.meter.spent >= SPLIT_STRETCH_MS) {
      this.meter.end();
      await yieldToPage();
      this.meter.begin();
    }
    if (replan) await this.rewriteAll();
    else await this.writeParts(first, parts);
  }

  private async rewriteAll() {
    this.meter.begin();
    const parts = collectInParts(this.doc, WALK_PART_NODES);
    await this.writeParts(this.meter.time(() => parts.next().value || emptyCollected()), parts);
  }

  /** A whole-page pass, walked and written part by part, with the page running between parts. */
  private async writeParts(first: Collected, rest: Generator<Collected, void, void>) {
    for (let part: Collected | undefined = first; part; ) {
      for (const root of part.roots) this.observer.observe(root);
      await this.write(part, [this.doc, ...part.roots]);
      if (!this.plan || !this.state.active) return;
      await yieldToPage();
      this.meter.begin();
      const next = this.meter.time(() => rest.next());
      part = next.done ? undefined : next.value;
    }
  }

  /** Writes a pass in slices, so a huge page never holds the main thread for long. */
  private async write(found: Collected, roots: ScanRoot[]) {
    const slices = this.meter.time(() => sliceCollected(found, this.rewriter, !this.wroteSlice));
    this.wroteSlice = true;
    for (let i = 0; i < slices.length; i++) {
      if (!this.plan || !this.state.active) return;
      if (i > 0) {
        await yieldToPage();
        this.meter.begin();
      }
      this.writeSlice(slices[i], roots);
    }
  }

  private writeSlice(found: Collected, roots: ScanRoot[]) {
    if (!this.plan || !this.state.active || this.options.hydrating?.()) return;
    try {
      this.meter.time(() => this.writeSliceNow(this.plan!, found, roots));
    } finally {
      this.meter.end();
    }
  }

  private writeSliceNow(plan: TextPlan, found: Collected, roots: ScanRoot[]) {
    const { changed, report, strays } = this.observer.unobserved(() => this.writeTexts(plan, found, roots));
    if (strays) this.convertStrays();
    this.state.changedNodes += changed;
    this.state.report = mergeReports(this.state.report ?? emptyReport(), report);
    this.state.title = this.doc.title;
    if (changed || report.garbles.length) this.emit();
  }

  private writeTexts(plan: TextPlan, found: Collected, roots: ScanRoot[]) {
    const written = this.rewriter.rewrite(plan, found);
    const { changed, report } = written;
    if (report.repaired.some((r) => r.kind === 'pinyin-injection')) plan.pinyinPage = true;
    // On a page in both scripts converted text by text, the texts' converter is the page's.
    const converter = this.state.verdict?.script === 'mixed' ? plan.converter ?? plan.strayConverter : plan.converter;
    if (converter && changed) {
      const lang = langTagFor(isTraditionalTarget(converter.target));
      // Every element with a Chinese lang is looked up once per pass over the whole page, not per batch.
      // (and once more when the parser is done, for elements it added since).
      const parsed = this.doc.readyState !== 'loading';
      const scope = this.langWritten === 'parsed' || (this.langWritten && !parsed) ? roots.filter((r) => r.nodeType !== 9) : roots;
      applyWrites(this.rewriter.store, [], langWrites(this.rewriter.store, scope, lang));
      this.langWritten = parsed ? 'parsed' : 'early';
      // A touch-up leaves the page in its script: the popup says what was done instead.
      this.state.convertedTo = plan.touchUp ? undefined : converter.target;
      this.state.touchedUp = plan.touchUp;
    }
    return written;
  }

  /** Texts in the other script turned up on a page in the reader's script: load a converter for them. */
  private convertStrays() {
    const plan = this.plan;
    if (!plan?.strays || plan.strayConverter || this.loadingStrays) return;
    const target = targetAt(this.settings, this.href);
    this.loadingStrays = this.guard(async () => {
      const converter = await this.options.engine.createConverter(target, convertOptionsFor(this.settings, target));
      if (this.plan !== plan || !this.state.active) return;
      plan.strayConverter = converter;
      this.rewriter.forgetExamined();
      await this.rewriteAll();
    }).finally(() => (this.loadingStrays = null));
  }

  private async onBatch(batch: DirtyBatch) {
    if (!this.state.active) return;
    const navigated = this.doc.location?.href !== this.href;
    if (navigated) {
      // Single-page-app navigation: new content under a new address.
      this.href = this.state.url = this.doc.location.href;
      this.state.report = undefined;
      this.state.changedNodes = 0;
      this.langWritten = false;
    }
    if (batch.rescan || navigated) await this.passOverPage();
    else {
      this.meter.begin();
      const found = this.meter.time(() => collectDirty(batch));
      for (const root of found.roots) this.observer.observe(root);
      if (await this.ensurePlan(found)) await this.rewriteAll();
      else await this.write(found, found.roots);
    }
    // Not after each slice: the veil lifts once the whole pass is written, not its first slice.
    this.maybePassDone();
    // A page that wrote itself anew (document.open, then write: 163.com's pages do so on hosts
    // they do not trust) has a new <html>, without the marker the popup and tests read.
    if (this.marked && this.state.active && !this.doc.documentElement?.hasAttribute(MARKER_STATE)) this.markActive();
    if (navigated) this.emit();
  }

  private emit() {
    try {
      this.options.onState?.(this.state);
    } catch {
      /* a listener's failure is not the page's */
    }
  }

  /** No exception, thrown or rejected, reaches the page: it lands in the state. */
  private guard(run: () => unknown): Promise<void> {
    return guarded(run, (error) => this.fail(error));
  }

  private fail(error: unknown) {
    this.state.error = String((error as Error)?.message ?? error).slice(0, 200);
    this.emit();
  }
}
