// Saving and the library in Firefox: the Firefox build side-loaded into headless firefox-esr
// (firefox-session.ts), driven over WebDriver BiDi (Playwright drives only its own patched
// Firefox). A Traditional page is converted for a Simplified reader; "Keep image files" is ticked
// by a real click and asks for other hosts (granted without a prompt by a pref, the reader's
// "Allow"); the page is saved from the popup with its photo from another host embedded, found in
// the library, its record holds the page's own text, and the Taiwan view gives it back exactly.
// Extension pages are opened from the browser's own window (`--remote-allow-system-access`):
// BiDi navigation to moz-extension: URLs is refused. Run: npx tsx scripts/firefox-library.ts
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { ADDON_ID, runFirefoxScript, serveLocally, startFirefox, type FirefoxSession, type Pref } from './firefox-session';

const root = resolve(import.meta.dirname, '..');
/** Fixed by a pref, so the extension's pages have a known address. */
const UUID = '5f0c6d3a-1b2c-4d5e-8f90-123456789abc';
const FIXTURE = resolve(root, 'tests/fixtures/articles/traditional-own.html');
const PHOTO = resolve(root, 'tests/fixtures/articles/greenway.png');

const PREFS: Pref[] = [
  ['extensions.webextensions.uuids', JSON.stringify(JSON.stringify({ [ADDON_ID]: UUID }))],
  // Optional permissions are granted without the prompt headless Firefox cannot show: the
  // reader's "Allow" (Firefox's own tests use this pref).
  ['extensions.webextOptionalPermissionPrompts', false],
];

/** A minimal WebDriver BiDi client: commands in, results out. */
class Bidi {
  private next = 0;
  private waiting = new Map<number, (message: { type: string; result?: any; error?: string; message?: string }) => void>();
  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      this.waiting.get(message.id)?.(message);
      this.waiting.delete(message.id);
    });
  }

  static async connect(port: number, timeoutMs = 20_000): Promise<Bidi> {
    for (let waited = 0; waited < timeoutMs; waited += 250) {
      const socket = await new Promise<WebSocket | null>((ok) => {
        const s = new WebSocket(`ws://127.0.0.1:${port}/session`);
        s.on('open', () => ok(s));
        s.on('error', () => ok(null));
      });
      if (socket) return new Bidi(socket);
      await sleep(250);
    }
    throw new Error('Firefox did not open its WebDriver BiDi port');
  }

  send(method: string, params: object): Promise<any> {
    const id = ++this.next;
    return new Promise((ok, fail) => {
      this.waiting.set(id, (m) => (m.type === 'error' ? fail(new Error(`${method}: ${m.error} ${m.message}`)) : ok(m.result)));
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  async evaluate(context: string, expression: string): Promise<any> {
    const result = await this.send('script.evaluate', { expression, target: { context }, awaitPromise: true, userActivation: true, resultOwnership: 'none' });
    if (result.type === 'exception') throw new Error(`${expression.slice(0, 60)}: ${result.exceptionDetails.text}`);
    return result.result?.value;
  }

  /** A real click (pointer input, as a person's): what permissions.request insists on in Firefox. */
  async click(context: string, selector: string): Promise<void> {
    const found = await this.send('script.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})`, target: { context }, awaitPromise: false, resultOwnership: 'root' });
    const sharedId = found.result?.sharedId;
    if (!sharedId) throw new Error(`nothing to click at ${selector}`);
    await this.send('input.performActions', {
      context,
      actions: [{ type: 'pointer', id: 'mouse', actions: [
        { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ] }],
    });
  }

  async poll<T>(context: string, expression: string, done: (value: T) => boolean, what: string): Promise<T> {
    let value: T | string = '';
    for (let waited = 0; waited < 15_000; waited += 250) {
      value = await this.evaluate(context, expression).catch((error) => String(error));
      if (done(value as T)) return value as T;
      await sleep(250);
    }
    throw new Error(`${what}: still ${JSON.stringify(value).slice(0, 200)}`);
  }

  async contexts(): Promise<string[]> {
    return (await this.send('browsingContext.getTree', {})).contexts.map((c: { context: string }) => c.context);
  }

  /** Opens one of the extension's pages in a new tab, from the browser window. */
  async openExtensionPage(path: string): Promise<string> {
    const [chromeWindow] = (await this.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).contexts;
    const before = new Set(await this.contexts());
    const url = `moz-extension://${UUID}/${path}`;
    await this.evaluate(chromeWindow.context, `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`);
    for (let waited = 0; waited < 10_000; waited += 250) {
      const created = (await this.contexts()).find((context) => !before.has(context));
      if (created) {
        // A new tab starts on about:blank, complete at once: wait for the extension page itself.
        await this.poll(created, `location.href + ' ' + document.readyState`, (state) => state === `${url} complete`, `${path} loaded`);
        return created;
      }
      await sleep(250);
    }
    throw new Error(`no tab opened for ${path}`);
  }
}

/** The fixture's own paragraphs (the page's text before Qingwen). */
function ownParagraphs(html: string): string[] {
  const article = html.slice(html.indexOf('<article>'), html.indexOf('</article>'));
  return [...article.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]);
}

function check(ok: boolean, what: string) {
  if (!ok) throw new Error(`Firefox library test failed: ${what}`);
  console.log(`  ok: ${what}`);
}

runFirefoxScript(async () => {
  const html = await readFile(FIXTURE, 'utf8');
  const png = await readFile(PHOTO);
  // One server, two sites: the article on 127.0.0.1, its photo on localhost (no CORS headers).
  let port = 0;
  const server = await serveLocally((req, res) => {
    if (req.url === '/photo.png' && req.headers.host?.startsWith('localhost')) return res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    const page = html.replace('</h1>', `</h1>\n<figure><img src="http://localhost:${port}/photo.png" alt="圖" width="240" height="160"></figure>`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  port = server.port;
  const bidiPort = 9300 + Math.floor(Math.random() * 600);
  let firefox: FirefoxSession | undefined;
  try {
    firefox = await startFirefox({ args: [`--remote-debugging-port=${bidiPort}`, '--remote-allow-system-access', 'about:blank'], prefs: PREFS });
    const bidi = await Bidi.connect(bidiPort);
    await bidi.send('session.new', { capabilities: {} });
    const [tab] = await bidi.contexts();
    await bidi.send('browsingContext.navigate', { context: tab, url: `http://127.0.0.1:${port}/`, wait: 'complete' });
    await bidi.poll(tab, `document.querySelector('h1').textContent`, (h) => h === '于先生在后台的一天', 'the page converted to Simplified');
    check(true, 'the Traditional page is converted for a Simplified reader');

    // The popup, as a tab acting on the page's tab (the only tab that is not the extension's).
    const probe = await bidi.openExtensionPage('popup.html');
    const tabs: [number, string | undefined][] = JSON.parse(await bidi.evaluate(probe, `browser.tabs.query({}).then((tabs) => JSON.stringify(tabs.map((t) => [t.id, t.url])))`));
    const pageTab = tabs.find(([, url]) => !url?.startsWith('moz-extension:'))?.[0];
    const popup = await bidi.openExtensionPage(`popup.html?tabId=${pageTab}`);
    await bidi.poll(popup, `!!document.querySelector('[data-testid=save]')`, (ready) => ready === true, 'the popup offers saving');
    const holdsLocalhost = `browser.permissions.contains({ origins: ['http://localhost/*'] })`;
    check((await bidi.evaluate(popup, holdsLocalhost)) === false, 'other hosts are not granted at install');
    // "Keep image files": the popup asks for other hosts in that click.
    await bidi.click(popup, '[data-testid=embed-images]');
    await bidi.poll(popup, holdsLocalhost, (held) => held === true, 'the permission granted from the popup');
    check(true, 'ticking "Keep image files" asks for other hosts, and the answer is kept');
    await bidi.evaluate(popup, `document.querySelector('[data-testid=save]').click()`);
    const status = await bidi.poll<string>(popup, `document.querySelector('[data-testid=save-status]').textContent`, (s) => /已保存|失败/.test(s ?? ''), 'the save finished');
    check(status.includes('已保存'), `saved from the popup ("${status.trim()}")`);

    const library = await bidi.openExtensionPage('library.html');
    await bidi.poll<number>(library, `document.querySelectorAll('.item-title').length`, (n) => n === 1, 'the library lists the article');
    await bidi.evaluate(library, `document.querySelector('.item-title').click()`);
    const stored = await bidi.poll<string>(library, `document.querySelector('[data-testid=reader-body]')?.textContent ?? ''`, (t) => t.includes('后台'), 'the reader shows the copy');
    check(stored.includes('他在后台等'), 'the reader shows the Simplified copy');
    const body = JSON.parse(await bidi.evaluate(library, `new Promise((ok, fail) => { const open = indexedDB.open('qingwen-library'); open.onerror = () => fail(open.error); open.onsuccess = () => { const get = open.result.transaction('bodies').objectStore('bodies').getAll(); get.onerror = () => fail(get.error); get.onsuccess = () => ok(JSON.stringify(get.result[0])); }; })`));
    check(/<img[^>]+src="data:image\/png;base64,/.test(body.html), 'the photo from the other host is embedded in the copy');
    check(body.original?.title === '于先生在後台的一天', 'the record keeps the page’s own title beside the copy');
    await bidi.evaluate(library, `(() => { const s = document.querySelector('[data-testid=script-view]'); s.value = 'taiwan'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
    const own = ownParagraphs(html);
    // (BiDi hands arrays back as typed values: the page sends JSON.)
    const shown = await bidi.poll<string>(library, `JSON.stringify(Array.from(document.querySelectorAll('[data-testid=reader-body] p'), (p) => p.textContent))`, (ps) => ps === JSON.stringify(own), 'the Taiwan view shows the page’s own text');
    check(shown === JSON.stringify(own), 'the Taiwan view gives back the page’s own Traditional text exactly');
    await bidi.send('session.end', {}).catch(() => {});
    console.log('Firefox library test passed');
  } finally {
    await firefox?.stop();
    await server.close();
  }
});
