// Moved to the shared harness (tests/harness/world.ts and tab.ts); kept so that page-* files
// written before the move still compile. New files import from '@/tests/harness/...' directly.
export * from '@/tests/harness/tab';
export { openWorld, type World as PageWorld } from '@/tests/harness/world';
