// Handlers a real click or key press would call, reachable from the service worker's
// console (and from end-to-end tests through worker.evaluate): `qingwen.runCommand(...)`.
export function exposeForTests(handlers: Record<string, unknown>) {
  const scope = globalThis as { qingwen?: Record<string, unknown> };
  scope.qingwen = { ...scope.qingwen, ...handlers };
}
