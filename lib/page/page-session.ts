// One page's life with Qingwen: judge it, repair and convert it, follow its changes,
// and undo everything on stop. Every start has a stop; no exception reaches the page.
import { MARKER_STATE } from '@/lib/dom/markers';
import { PageObserver, type DirtyBatch } from '@/lib/dom/observer';
import { langTagFor, langWrites, applyWrites, type TextWrite } from '@/lib/dom/rewrite';
import { collect, type Collected, type ScanRoot } from '@/lib/dom/walk';
import type { PageState } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/schema';
import { siteModeAt, targetAt } from '@/lib/settings/site-rules';
import { convertOptionsFor } from '@/lib/settings/phrases';
import { isTraditionalTarget, needsConversion, type PageEngine } from './engine-api';
import { PageRewriter } from './page-rewriter';
import { emptyReport, mergeReports } from './report';
import type { RedecodeOutcome } from './redecode';
import { sampleOf, type TextPlan } from './text-plan';
import { collectDirty } from './dirty-batch';
import { guarded } from './guarded';
import { pageSettingsChanged } from './settings-diff';

export interface SessionOptions {
  engine: PageEngine;
  settings: Settings;
  /** The user asked for this page (shortcut, menu, popup): run even where the site is off or the page not Chinese. */
  force?: boolean;
  /** Start without touching the page (a frame opened only for a selection conversion). */
  startIdle?: string;
  /** Called whenever the state changed (badge, popup). */
  onState?(state: PageState): void;
  /** Re-decodes a page shown with the wrong charset (lazily loaded; absent in DOM tests). */
  redecode?(doc: Document, rewriter: PageRewriter): Promise<RedecodeOutcome | null>;
}

export interface PageSession {
  readonly state: PageState;
  /** `force`: the user asked for this page explicitly, so convert even where conversion is off. */
  setActive(active: boolean, force?: boolean): Promise<PageState>;
  /** Writes computed outside the session (a converted selection), recorded for revert. */
  applyWrites(writes: TextWrite[]): number;
  applySettings(settings: Settings): Promise<PageState>;
  /** The rewriter, for one-off conversions (selection) that must also revert. */
  readonly rewriter: PageRewriter;
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

class Session implements PageSession {
  readonly state: PageState;
  readonly rewriter: PageRewriter;
  private settings: Settings;
  private observer = new PageObserver({ onBatch: (batch) => void this.guard(() => this.onBatch(batch)) });
  private plan: TextPlan | null = null;
  private href: string;
  private redecodeTried = false;

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
      if (heldBack || !this.state.active) this.plan = null;
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
    this.plan = null;
    if (mode === 'never') this.idle('site-off');
    else if (resume) await this.activate();
    return this.state;
  }

  applyWrites(writes: TextWrite[]) {
    const changed = applyWrites(this.rewriter.store, writes);
    this.rewriter.markExamined(writes.map((w) => w.node));
    this.observer.ignoreOwnWrites();
    this.state.changedNodes += changed;
    this.emit();
    return changed;
  }

  stop() {
    void this.guard(() => this.deactivate('stopped'));
  }

  private async activate() {
    await this.guard(async () => {
      this.state.active = true;
      this.state.idleReason = undefined;
      await this.maybeRedecode();
      const found = collect(this.doc);
      for (const root of [this.doc, ...found.roots]) this.observer.observe(root);
      await this.ensurePlan(found);
      this.write(found, [this.doc, ...found.roots]);
      if (!this.state.active) return; // turned off while the converter was loading
      // Set once the first batch is written: tests and the popup read it as "done".
      this.doc.documentElement.setAttribute(MARKER_STATE, 'active');
      this.emit();
    });
  }

  private deactivate(reason: string) {
    this.observer.disconnect();
    this.rewriter.revert();
    this.state.active = false;
    this.state.idleReason = reason;
    this.state.changedNodes = 0;
    this.state.convertedTo = undefined;
    this.state.report = undefined;
    if (this.doc.documentElement) this.doc.documentElement.setAttribute(MARKER_STATE, 'off');
    this.emit();
  }

  private idle(reason: string) {
    this.state.idleReason = reason;
    this.emit();
  }

  private async maybeRedecode() {
    if (this.redecodeTried || !this.options.redecode) return;
    this.redecodeTried = true; // one refetch per page load, even if toggled
    const outcome = await this.options.redecode(this.doc, this.rewriter).catch(() => null);
    if (outcome) this.state.redecoded = { from: outcome.from, to: outcome.to };
  }

  /** Judges the page's script once there is text to judge, and prepares the converter. */
  private async ensurePlan(found: Collected) {
    if (this.plan && this.state.verdict?.script !== 'none') return;
    const sample = sampleOf(this.rewriter.pendingTexts(found), (n) => this.rewriter.baseOfText(n));
    const verdict = this.options.engine.detectScript(sample);
    if (this.plan && verdict.script === 'none') return;
    this.state.verdict = verdict;
    const { conversion, repair } = this.settings;
    const target = targetAt(this.settings, this.href);
    const allowed = conversion === 'auto' || this.options.force;
    const options = convertOptionsFor(this.settings, target);
    // A page already in the reader's script still gets the reader's own phrases and quotes.
    const touchUp = allowed && verdict.script !== 'none' && (!!options.phrases || !!options.punctuation);
    const converter =
      allowed && needsConversion(verdict, target)
        ? await this.options.engine.createConverter(target, options)
        : touchUp
          ? await this.options.engine.createConverter(target, { ...options, dictionaries: false })
          : null;
    this.plan = { repair, converter };
  }

  private write(found: Collected, roots: ScanRoot[]) {
    if (!this.plan || !this.state.active) return;
    const { changed, report } = this.rewriter.rewrite(this.plan, found);
    if (report.repaired.some((r) => r.kind === 'pinyin-injection')) this.plan.pinyinPage = true;
    const converter = this.plan.converter;
    if (converter && changed) {
      const lang = langTagFor(isTraditionalTarget(converter.target));
      applyWrites(this.rewriter.store, [], langWrites(this.rewriter.store, roots, lang));
      this.state.convertedTo = converter.target;
    }
    this.observer.ignoreOwnWrites();
    this.state.changedNodes += changed;
    this.state.report = mergeReports(this.state.report ?? emptyReport(), report);
    this.state.title = this.doc.title;
    if (changed || report.garbles.length) this.emit();
  }

  private async onBatch(batch: DirtyBatch) {
    if (!this.state.active) return;
    const navigated = this.doc.location?.href !== this.href;
    if (navigated) {
      // Single-page-app navigation: new content under a new address.
      this.href = this.state.url = this.doc.location.href;
      this.state.report = undefined;
      this.state.changedNodes = 0;
    }
    const found = collectDirty(this.doc, batch, navigated);
    for (const root of found.roots) this.observer.observe(root);
    await this.ensurePlan(found);
    this.write(found, found.roots);
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
