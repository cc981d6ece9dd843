// The protocol's frame rules (lib/messaging.ts): a message for the whole tab reaches every frame's
// content script and the sender takes the first answer, so only the top frame may answer it.
// Driven through the listener @webext-core/messaging installs, as Chrome would call it.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isNoReceiverError, onTabMessage, type MessageType, type RequestOf } from '@/lib/messaging';

type RootListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean;
let root: RootListener | undefined;
const stops: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // "no answer" is decided on a fake clock
  fakeBrowser.reset();
  root = undefined;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => void (root = listener as unknown as RootListener));
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
});

/** What the sender gets from this frame: its answer, or 'no answer' (also after a while). */
async function deliver<K extends MessageType>(type: K, data: RequestOf<K>): Promise<unknown> {
  if (!root) return 'no answer';
  const answered = new Promise((resolve) => {
    const async = root!({ id: 1, type, data, timestamp: 0 }, { frameId: 0 }, (response) => resolve((response as { res: unknown }).res));
    if (!async) resolve('no answer');
  });
  const silence = new Promise((resolve) => setTimeout(() => resolve('no answer'), 1000));
  const first = Promise.race([answered, silence]);
  await vi.advanceTimersByTimeAsync(1000); // every handler has run and answered by then, if it answers
  return first;
}

const state = { url: 'https://example.org/', host: 'example.org', title: '', active: true, changedNodes: 1 };

test('the top frame answers every kind of tab message', async () => {
  stops.push(onTabMessage('popupToContentGetState', async () => state, { topFrame: true, frames: 'top' }));
  stops.push(onTabMessage('popupToContentSetActive', async ({ active }) => ({ ...state, active }), { topFrame: true, frames: 'all' }));
  expect(await deliver('popupToContentGetState', {})).toEqual(state);
  expect(await deliver('popupToContentSetActive', { active: false })).toEqual({ ...state, active: false });
});

test('another frame acts on a whole-tab message but leaves the answer to the top frame', async () => {
  const acted = vi.fn(async ({ active }: { active: boolean }) => ({ ...state, active }));
  stops.push(onTabMessage('popupToContentSetActive', acted, { topFrame: false, frames: 'all' }));
  expect(await deliver('popupToContentSetActive', { active: false })).toBe('no answer');
  expect(acted).toHaveBeenCalledWith({ active: false }, expect.anything());
});

test('another frame ignores a top-frame message, and answers one addressed to it', async () => {
  const getState = vi.fn(async () => state);
  stops.push(onTabMessage('popupToContentGetState', getState, { topFrame: false, frames: 'top' }));
  stops.push(onTabMessage('backgroundToContentConvert', async () => ({ converted: 2 }), { topFrame: false, frames: 'addressed' }));
  expect(await deliver('popupToContentGetState', {})).toBe('no answer');
  expect(getState).not.toHaveBeenCalled();
  expect(await deliver('backgroundToContentConvert', { scope: 'selection' })).toEqual({ converted: 2 });
});

test('a tab with no content script is told apart from other failures', () => {
  expect(isNoReceiverError(new Error('No response'))).toBe(true); // what the library says when nobody answered
  expect(isNoReceiverError(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
  expect(isNoReceiverError(new Error('The tab was closed.'))).toBe(false);
});
