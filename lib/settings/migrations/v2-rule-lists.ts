// Version 1 kept sites as {host: 'always' | 'never'} and phrases as {source: replacement}.
// Version 2 holds lists (site patterns, per-direction phrases, protected phrases) and punctuation.
// Every host and phrase a reader set survives; v1 phrases applied both ways, so they still do.

export function migrateV1ToV2(old: any): any {
  const value = old && typeof old === 'object' ? old : {};
  const sites = value.sites && typeof value.sites === 'object' && !Array.isArray(value.sites) ? value.sites : {};
  const phrases = value.phrases && typeof value.phrases === 'object' && !Array.isArray(value.phrases) ? value.phrases : {};
  return {
    ...value,
    punctuation: 'keep',
    sites: Object.entries(sites)
      .filter(([host, mode]) => host && (mode === 'always' || mode === 'never'))
      .map(([host, mode]) => ({ pattern: host, mode })),
    phrases: Object.entries(phrases)
      .filter(([from, to]) => from && typeof to === 'string')
      .map(([from, to]) => ({ from, to, direction: 'both' })),
    protect: [],
  };
}
