import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startContentController } from '@/lib/page/content-controller';
import { startPageSession } from '@/lib/page/page-session';
import type { PageState } from '@/lib/messaging';
import { fakeEngine } from './fake-engine';

// The one listener @webext-core/messaging installs (lib/messaging.ts), called as Chrome calls it.
type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean;
interface Message {
  type: string;
  payload: unknown;
}
let listener: Listener;
let stop: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void (listener = l as never));
  // No background here: its badge report is answered, as the real one answers it.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  document.documentElement.lang = 'en';
  document.body.innerHTML = '<p>Hello, and welcome to a page in English that quotes 這個國家 once.</p>';
});
afterEach(() => stop?.());

/** Sends a message the way the popup does; resolves with the answer, or 'no answer'. */
function send(message: Message): Promise<unknown> {
  return new Promise((resolve) => {
    const wire = { id: 1, type: message.type, data: message.payload, timestamp: 0 };
    const async = listener(wire, {}, (response) => resolve((response as { res: unknown }).res));
    if (!async) resolve('no answer');
  });
}

function engineModule() {
  return {
    startPageSession: (doc: Document, options: any) => startPageSession(doc, { ...options, engine: fakeEngine() }),
    convertScope: vi.fn(async () => 7),
  } as any;
}

test('on a page that is not Chinese nothing loads until the user asks, then one session runs', async () => {
  const loadEngine = vi.fn(async () => engineModule());
  stop = startContentController(document, { loadEngine });
  await vi.waitFor(async () => {
    const idle = (await send({ type: 'popupToContentGetState', payload: {} })) as PageState;
    expect(idle).toMatchObject({ active: false, idleReason: 'not-chinese', changedNodes: 0 });
  });
  expect(loadEngine).not.toHaveBeenCalled();

  const on = (await send({ type: 'popupToContentSetActive', payload: { active: true } })) as PageState;
  expect(on).toMatchObject({ active: true, convertedTo: 'simplified' });
  expect(document.body.textContent).toContain('quotes 这个国家 once');
  const off = (await send({ type: 'backgroundToContentSetActive', payload: { active: false } })) as PageState;
  expect(off.active).toBe(false);
  expect(document.body.textContent).toContain('quotes 這個國家 once');
  expect(loadEngine).toHaveBeenCalledTimes(1);
});

test('one handler table: context-menu conversions, extra handlers, and silence for other messages', async () => {
  const module = engineModule();
  const extract = vi.fn(async () => ({ ok: true }));
  stop = startContentController(document, {
    loadEngine: async () => module,
    extraHandlers: { popupToContentExtractArticle: extract as never },
  });
  expect(await send({ type: 'backgroundToContentConvert', payload: { scope: 'selection' } })).toEqual({ converted: 7 });
  expect(module.convertScope).toHaveBeenCalledWith(document, 'selection', expect.anything(), expect.anything());
  expect(await send({ type: 'popupToContentExtractArticle', payload: { embedImages: false } })).toEqual({ ok: true });
  expect(await send({ type: 'contentToBackgroundState', payload: {} as never })).toBe('no answer');
});

const rechecks = () => performance.getEntriesByName('qingwen:recheck').length;
const idleNotChinese = () =>
  vi.waitFor(async () => expect(await send({ type: 'popupToContentGetState', payload: {} })).toMatchObject({ idleReason: 'not-chinese' }));

test('a shell whose text a script renders after load gets one more look, and is converted', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  try {
    document.title = '';
    document.body.innerHTML = '<div id="app">Loading</div>';
    const loadEngine = vi.fn(async () => engineModule());
    stop = startContentController(document, { loadEngine });
    await idleNotChinese();
    document.getElementById('app')!.textContent = '這個國家很美，我們都愛這個國家。'.repeat(4);
    const before = rechecks();
    await vi.advanceTimersByTimeAsync(2100);
    expect(rechecks()).toBe(before + 1);
    await vi.waitFor(() => expect(document.body.textContent).toContain('这个国家'));
    expect(loadEngine).toHaveBeenCalledTimes(1);
  } finally {
    vi.useRealTimers();
  }
});

test('a page of English text under an English title is not read a second time', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  try {
    document.title = 'Riverside greenway opens - City News';
    document.body.innerHTML = `<p>${'The new riverside greenway links a dozen parks. '.repeat(8)}</p>`;
    stop = startContentController(document, { loadEngine: vi.fn(async () => engineModule()) });
    await idleNotChinese();
    const settled = rechecks();
    await vi.advanceTimersByTimeAsync(2100);
    expect(rechecks()).toBe(settled);
  } finally {
    vi.useRealTimers();
  }
});
