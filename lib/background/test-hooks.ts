// Handlers a real click or key press would call, reachable from the service worker's console
// and from end-to-end tests through worker.evaluate: `qingwen.runCommand(...)`. Only in test
// builds (`wxt build --mode test`, which the e2e tests use): a store build has no `qingwen`.
export function exposeForTests(handlers: Record<string, unknown>) {
  if (import.meta.env.MODE !== 'test') return;
  const scope = globalThis as { qingwen?: Record<string, unknown> };
  scope.qingwen = { ...scope.qingwen, ...handlers };
}
