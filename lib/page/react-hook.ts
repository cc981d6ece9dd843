// React hydrates a server-rendered page by comparing the page's text with what it renders
// itself: text Qingwen converted makes it throw the page away (error #418) and render it
// again. React announces itself to developer tools through a global hook; this module listens
// there, in the page's own world, and tells the content script (through DOM events, which cross
// between worlds synchronously) when React loads, so the page's own text can be put back before
// React reads it, and when a root commits, so the text can be converted again.

export const REACT_LOADED = 'qingwen:react-loaded';
export const REACT_COMMITTED = 'qingwen:react-committed';

const HOOK = '__REACT_DEVTOOLS_GLOBAL_HOOK__';

/** The part of React's developer-tools hook that React's production build calls. */
interface DevtoolsHook {
  supportsFiber?: boolean;
  isDisabled?: boolean;
  inject(renderer: unknown): number;
  onCommitFiberRoot(rendererId: number, root: { containerInfo?: unknown }, ...rest: unknown[]): void;
  [key: string]: unknown;
}

type HookWindow = { document: Document; [HOOK]?: DevtoolsHook };

/**
 * Installs the listener: wraps the hook React developer tools installed, or puts a minimal one
 * in place. Each root's first commit (its hydration) is announced once.
 */
export function installReactHook(win: HookWindow): void {
  const doc = win.document;
  const announce = (target: unknown, type: string) => {
    const node = target && typeof (target as Node).dispatchEvent === 'function' ? (target as Node) : doc;
    node.dispatchEvent(new CustomEvent(type, { bubbles: true }));
  };
  const committed = new WeakSet<object>();
  const onLoaded = () => announce(doc, REACT_LOADED);
  const onCommit = (root: { containerInfo?: unknown }) => {
    if (!root || committed.has(root)) return;
    committed.add(root);
    announce(root.containerInfo, REACT_COMMITTED);
  };

  const existing = win[HOOK];
  if (existing) {
    const { inject, onCommitFiberRoot } = existing;
    existing.inject = function (renderer) {
      onLoaded();
      return inject.call(this, renderer);
    };
    existing.onCommitFiberRoot = function (id, root, ...rest) {
      onCommit(root);
      return onCommitFiberRoot?.call(this, id, root, ...rest);
    };
    return;
  }
  let renderers = 0;
  win[HOOK] = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject() {
      onLoaded();
      return ++renderers;
    },
    onCommitFiberRoot: (_id, root) => onCommit(root),
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    setStrictMode() {},
    checkDCE() {},
  };
}
