// A huge page (2 MB of text in 50,000 nodes: the real corpus pages' text joined and repeated),
// in the built extension for a Simplified reader: the longest task on the main thread while
// Qingwen converts it (Long Tasks API, 50 ms is "long"), and an infinite-scroll append
// converted before the next frame. Part of `npm run bench:page`.
export async function hugePageSection() {
  console.log('\nHuge page: (not yet measured)');
}
