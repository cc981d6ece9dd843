// What Qingwen last found on a site, kept per host in storage.local, so that on a site the
// reader comes back to, the engine and the target's dictionary start loading at
// document_start, in parallel with the page's own parsing. Only Chinese sites are kept:
// on any other site the first look is cheap enough.
import { browser } from 'wxt/browser';

export interface SiteMemory {
  /** The script the site's pages were last judged to be in. */
  script: 'simplified' | 'traditional' | 'mixed' | 'none';
  /** The last page had garbled text that was repaired. */
  garbled: boolean;
  /** When it was recorded (ms since the epoch). */
  at: number;
}

const PREFIX = 'site:';

export function memoryKey(host: string): string {
  return PREFIX + host;
}

/** The memory of `host` from a storage read that asked for memoryKey(host). */
export function siteMemoryIn(stored: Record<string, unknown>, host: string): SiteMemory | null {
  const value = stored[memoryKey(host)];
  return isSiteMemory(value) ? value : null;
}

/** Writes only when something changed: a storage write wakes every listener in every tab. */
export async function rememberSite(host: string, memory: Omit<SiteMemory, 'at'>, previous: SiteMemory | null) {
  if (!host) return;
  if (previous && previous.script === memory.script && previous.garbled === memory.garbled) return;
  await browser.storage.local.set({ [memoryKey(host)]: { ...memory, at: Date.now() } });
}

function isSiteMemory(value: unknown): value is SiteMemory {
  const v = value as SiteMemory | undefined;
  return !!v && typeof v === 'object' && typeof v.script === 'string' && typeof v.garbled === 'boolean';
}
