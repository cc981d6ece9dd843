// Moved to the shared harness (tests/harness/world.ts and tab.ts); kept so that page-* files
// written before the move still compile. New files import from '../harness/...' directly.
export * from '../harness/tab';
export { openWorld, type World as PageWorld } from '../harness/world';
