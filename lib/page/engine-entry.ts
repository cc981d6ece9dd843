// Entry of the on-demand engine bundle (built by scripts/build-engine.ts into /engine/).
// Placeholder until the page session lands: it only proves the module loads.
export const ENGINE_VERSION = 1;
export async function startPageSession(doc: Document): Promise<{ stop(): void }> {
  doc.documentElement.setAttribute('data-qingwen', 'active');
  return { stop: () => doc.documentElement.setAttribute('data-qingwen', 'off') };
}
