// The content script's first look at a page, from document_start: the declared language, then
// the first text the parser produces, read as it arrives through one MutationObserver. It stops
// as soon as the language is settled and the script guessed, or when its text budget is spent,
// so a big page that is not Chinese costs a fixed, small amount.
import {
  countSample, EARLY_OTHER_CHARS, emptyCounts, guessScript, isForeignTitle, languageFromTag, languageOf,
  type SampleCounts, type ScriptGuess, type SniffLanguage,
} from '@/lib/sniff/language';
import { DEFAULT_BUDGET, NOT_SHOWN, type SampleBudget } from '@/lib/dom/text-sample';

export interface Look {
  /** null while undecided. */
  language: SniffLanguage | null;
  script: ScriptGuess;
  counts: SampleCounts;
  /** Nothing more will be read (decided and guessed, budget spent, or the page is parsed). */
  final: boolean;
  /**
   * Still undecided, but the text so far is mostly Han (a Chinese page's first menu, before the
   * 40 Han characters that decide it): what is shown may already need converting.
   */
  leaning: boolean;
}

/** Han characters, and their least share of the visible ones, for a text to lean Chinese. */
const LEANING_HAN = 4;
const LEANING_SHARE = 0.25;

/** A title that is mostly Han (half its visible characters) outweighs a template's wrong lang. */
const TITLE_LEANING_SHARE = 0.5;

/** Han characters after which the script guess is taken as settled. */
const SETTLED_HAN = 300;

/**
 * Visible characters without Han that settle "not Chinese" on a page with no lang whose title is
 * a short foreign name ("Daily News"): the title is one witness, the first lines of text a second.
 */
const TITLED_OTHER_CHARS = 150;

/** Words in a foreign title that make it a phrase, not a site's name ("Daily News"). */
const TITLE_PHRASE_WORDS = 4;

const wordCount = (text: string) => text.match(/\p{L}{2,}/gu)?.length ?? 0;

/**
 * Whether a page the first look found not Chinese deserves one more look once its scripts have
 * run (a single-page app renders its text late): when its title has turned Chinese since, or
 * when it has no plainly foreign title and the look had little text to judge. A page of foreign
 * text under a foreign title is not read twice.
 */
export function mayHaveTurnedChinese(seen: SampleCounts, title: string): boolean {
  if (countSample(title).han > 0) return true;
  return !isForeignTitle(title) && seen.visible < TITLED_OTHER_CHARS;
}

export class FirstLook {
  readonly look: Look = { language: null, script: 'unknown', counts: emptyCounts(), final: false, leaning: false };
  /** Main-thread time spent reading (the content script's cost on a page that is not Chinese). */
  busyMs = 0;
  /** Observer records read before the look was final (what busyMs paid for). */
  records = 0;
  private chars = 0;
  private nodes = 0;
  private observer: MutationObserver | null = null;
  private declared: SniffLanguage | null = null;
  private declaredOther = false;
  private titleSaysOther = false;
  private titleLeans = false;
  /** Visible characters without Han that settle "not Chinese" (fewer once the title says so). */
  private otherAfter = EARLY_OTHER_CHARS;
  private readonly onLoaded = () => this.finish();

  constructor(
    private doc: Document,
    private onChange: (look: Look) => void,
    private budget: SampleBudget = DEFAULT_BUDGET,
  ) {}

  start() {
    const started = performance.now();
    this.begin();
    this.busyMs += performance.now() - started;
  }

  private begin() {
    const doc = this.doc;
    this.readTag();
    // Started late (the page is parsed already): one bounded read of what is there.
    if (doc.readyState !== 'loading') return this.finish();
    this.observer = new MutationObserver((records) => this.onRecords(records));
    // The head is mostly scripts, styles and links: only the body is read node by node (the
    // title once, when the body starts). Until then, only <html>'s and the document's children.
    this.observer.observe(doc, { childList: true });
    this.watchBody();
    doc.addEventListener('DOMContentLoaded', this.onLoaded, { once: true });
    this.update();
  }

  private watchingBody = false;

  /** Moves the watch down to <html>, then to <body> (with its whole subtree) as they appear. */
  private watchBody() {
    const html = this.doc.documentElement;
    if (this.watchingBody || !html || !this.observer) return;
    const body = this.doc.body;
    if (!body) return this.observer.observe(html, { childList: true });
    this.watchingBody = true;
    this.readTag();
    this.readTitle();
    this.observer.observe(body, { childList: true, subtree: true });
    if (body.firstChild) this.readSubtree(body);
  }

  stop() {
    this.observer?.disconnect();
    this.observer = null;
    this.doc.removeEventListener('DOMContentLoaded', this.onLoaded);
  }

  private onRecords(records: MutationRecord[]) {
    const started = performance.now();
    this.read(records);
    this.busyMs += performance.now() - started;
  }

  private read(records: MutationRecord[]) {
    this.records += records.length;
    if (!this.watchingBody) {
      this.watchBody();
      return this.update();
    }
    // The parser inserts every node on its own, so each text node of the page comes in a record
    // of its own: reading added text nodes reads the page once. A subtree a script inserted whole
    // is read when the page is parsed (finish), within the same budget.
    for (let r = 0; r < records.length && !this.enough(); r++) {
      const added = records[r].addedNodes;
      for (let i = 0; i < added.length && !this.enough(); i++) {
        if (added[i].nodeType === 3) this.readText(added[i]);
      }
    }
    if (!this.titleRead) this.readTitle();
    this.update();
  }

  private titleRead = '';

  /**
   * The title, read once it is there. A parse error in the head (bbc: an element that belongs in
   * the body) starts the body early, and the title is only parsed later, inside it.
   */
  private readTitle() {
    const title = this.doc.title;
    if (!title || title === this.titleRead) return;
    this.titleRead = title;
    const foreign = isForeignTitle(title);
    // Nearly every Chinese page, whatever its template's lang, has Chinese in its title (of the 199
    // real pages seen here, only an English one has a foreign title): a page declared in another language
    // (lang="en") whose title is plainly foreign is taken at its word, and so is a page with no
    // lang whose foreign title reads as a phrase (cnn's). (Text a script renders later gets one
    // more look from the controller, if the title turns Chinese.)
    const undeclared = !this.declared && !this.declaredOther;
    this.titleSaysOther = foreign && (this.declaredOther || (undeclared && wordCount(title) >= TITLE_PHRASE_WORDS));
    this.otherAfter = foreign && !this.declared ? TITLED_OTHER_CHARS : EARLY_OTHER_CHARS;
    this.titleLeans = this.titleLeansChinese();
    this.readValue(title);
  }

  private readTag() {
    const html = this.doc.documentElement;
    if (!html) return;
    const tag = html.getAttribute('lang');
    this.declared = languageFromTag(tag);
    this.declaredOther = !!tag && this.declared === null;
  }

  /**
   * A title mostly in Han on a page declared in another language: sg-8world's template says
   * lang="en" while its title and article are Chinese, and its first Han text comes after its
   * first paint. The title lets the page lean (veil, engine) before the body decides it.
   */
  private titleLeansChinese(): boolean {
    const title = countSample(this.doc.title);
    return title.han >= LEANING_HAN && title.han >= title.visible * TITLE_LEANING_SHARE && title.kana === 0 && title.hangul === 0;
  }

  private readText(node: Node) {
    if (NOT_SHOWN.has(node.parentNode?.nodeName ?? '')) return;
    this.readValue(node.nodeValue ?? '');
  }

  private readValue(value: string) {
    if (!/\S/.test(value)) return; // layout whitespace: neither text nor a step of the budget
    this.nodes++;
    this.chars += value.length;
    countSample(value, this.look.counts);
  }

  /** Text an element brought in with it (inserted whole by a script, or present at start). */
  private readSubtree(root: Node) {
    if (NOT_SHOWN.has(root.nodeName)) return;
    const walker = this.doc.createTreeWalker(root, 0x4);
    for (let node = walker.nextNode(); node && !this.enough(); node = walker.nextNode()) this.readText(node);
  }

  private spent() {
    return this.chars >= this.budget.chars || this.nodes >= this.budget.nodes;
  }

  /** Nothing more to read now: the budget is spent, or what was read already settles "not Chinese". */
  private enough() {
    const counts = this.look.counts;
    return this.spent() || (counts.han === 0 && counts.visible >= this.otherAfter);
  }

  private finish() {
    const started = performance.now();
    // Still undecided (or started late): read the page once more, whole subtrees included (text
    // scripts inserted in one piece), from the start and within the same budget.
    if (this.look.language === null && this.doc.body) {
      this.look.counts = emptyCounts();
      this.chars = this.nodes = 0;
      countSample(this.doc.title, this.look.counts);
      this.readSubtree(this.doc.body);
    }
    this.look.final = true;
    this.update();
    this.busyMs += performance.now() - started;
  }

  private update() {
    const look = this.look;
    const final = look.final || this.spent();
    const byText = this.titleSaysOther ? 'other' : languageOf(look.counts, final, this.otherAfter);
    // A declared Japanese or Korean page is never converted; a declared Chinese one still
    // yields to its text when that is plainly Japanese (templates keep a wrong lang).
    const language = this.declared === 'chinese' ? (byText === 'japanese' ? byText : 'chinese') : (this.declared ?? byText);
    const script = guessScript(look.counts);
    const settled = language !== null && language !== 'chinese' && language !== 'misdecoded' ? true : look.counts.han >= SETTLED_HAN;
    const mostlyHan = look.counts.han >= LEANING_HAN && look.counts.han >= look.counts.visible * LEANING_SHARE;
    const leaning = language === null && (this.declaredOther ? this.titleLeans : mostlyHan);
    const changed = language !== look.language || script !== look.script || final !== look.final || leaning !== look.leaning;
    look.leaning = leaning;
    look.language = language;
    look.script = script;
    look.final = final || (settled && language !== null);
    if (look.final) this.stop();
    if (changed || look.final) this.onChange(look);
  }
}
