import { afterEach, expect, test, vi } from 'vitest';
import { installReactHook, REACT_COMMITTED, REACT_LOADED } from '@/lib/page/react-hook';
import { holdDuringHydration } from '@/lib/page/hydration-hold';

type HookWindow = Parameters<typeof installReactHook>[0];
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
});

/** What React's production build does with the hook: inject once, then report each commit. */
function reactLoads(win: HookWindow) {
  const hook = win.__REACT_DEVTOOLS_GLOBAL_HOOK__!;
  expect(hook.supportsFiber && !hook.isDisabled).toBe(true);
  const id = hook.inject({ rendererPackageName: 'react-dom' });
  return (root: { containerInfo: unknown }) => hook.onCommitFiberRoot(id, root, undefined, false);
}

function heard(types: string[]) {
  const events: string[] = [];
  for (const type of types) {
    const listener = (e: Event) => events.push(`${type}@${(e.target as Element).id || 'document'}`);
    document.addEventListener(type, listener, true);
    stops.push(() => document.removeEventListener(type, listener, true));
  }
  return events;
}

test('React loading and each root\'s first commit are announced, on the root\'s container', () => {
  document.body.innerHTML = '<div id="root"></div><div id="widget"></div>';
  const win: HookWindow = { document };
  installReactHook(win);
  const events = heard([REACT_LOADED, REACT_COMMITTED]);
  const commit = reactLoads(win);
  const root = { containerInfo: document.getElementById('root') };
  commit(root);
  commit(root); // a state update later: not a hydration
  commit({ containerInfo: document.getElementById('widget') });
  expect(events).toEqual([`${REACT_LOADED}@document`, `${REACT_COMMITTED}@root`, `${REACT_COMMITTED}@widget`]);
});

test('React developer tools, installed first, keep their hook and still hear everything', () => {
  const theirs: string[] = [];
  const win: HookWindow = {
    document,
    __REACT_DEVTOOLS_GLOBAL_HOOK__: {
      supportsFiber: true,
      inject: () => (theirs.push('inject'), 7),
      onCommitFiberRoot: (id: number) => void theirs.push(`commit ${id}`),
    },
  };
  const before = win.__REACT_DEVTOOLS_GLOBAL_HOOK__;
  installReactHook(win);
  expect(win.__REACT_DEVTOOLS_GLOBAL_HOOK__).toBe(before);
  const events = heard([REACT_LOADED, REACT_COMMITTED]);
  reactLoads(win)({ containerInfo: document });
  expect(theirs).toEqual(['inject', 'commit 7']);
  expect(events).toEqual([`${REACT_LOADED}@document`, `${REACT_COMMITTED}@document`]);
});

test('the hold starts when React loads and ends at its commit, or after its time limit', () => {
  vi.useFakeTimers();
  const calls: string[] = [];
  const win: HookWindow = { document };
  installReactHook(win);
  stops.push(holdDuringHydration(document, { hold: () => calls.push('hold'), release: () => calls.push('release') }, 2000));
  const commit = reactLoads(win);
  expect(calls).toEqual(['hold']);
  commit({ containerInfo: document.body });
  expect(calls).toEqual(['hold', 'release']);
  // A React that never commits (a hook that never answers) holds for the limit only.
  document.dispatchEvent(new CustomEvent(REACT_LOADED));
  vi.advanceTimersByTime(1999);
  expect(calls).toEqual(['hold', 'release', 'hold']);
  vi.advanceTimersByTime(1);
  expect(calls).toEqual(['hold', 'release', 'hold', 'release']);
});

test('stopped, the hold hears nothing more', () => {
  const calls: string[] = [];
  const stop = holdDuringHydration(document, { hold: () => calls.push('hold'), release: () => calls.push('release') });
  stop();
  document.dispatchEvent(new CustomEvent(REACT_LOADED));
  expect(calls).toEqual([]);
});
