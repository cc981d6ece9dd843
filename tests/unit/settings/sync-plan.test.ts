import { describe, expect, test } from 'vitest';
import { fieldItems, fieldsFromItems, itemBytes, phraseTableSync, planSync, SYNC_QUOTA } from '@/lib/settings/sync-plan.ts';
import { defaultSettings, type Settings } from '@/lib/settings/schema.ts';

const defaults = defaultSettings('zh-TW');
const phrases = (n: number) => Array.from({ length: n }, (_, i) => ({ from: `詞語${i}號`, to: `词语${i}号`, direction: 'both' as const }));

/** Runs a device's plan against the shared sync area, as the background glue does. */
function syncDevice(device: { settings: Settings; base: Record<string, unknown> }, area: Record<string, unknown>) {
  const plan = planSync(device.settings, area, device.base);
  for (const key of plan.remove) delete area[key];
  Object.assign(area, plan.set);
  device.settings = { ...device.settings, ...plan.pull };
  device.base = plan.base;
  return plan;
}

describe('sync items', () => {
  test('a long list is chunked under the per-item quota and reads back whole', () => {
    const items = fieldItems('phrases', phrases(600));
    const chunks = Object.keys(items).filter((k) => k.startsWith('settings.phrases.'));
    expect(chunks.length).toBeGreaterThan(2);
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
    expect(fieldsFromItems(items).phrases).toEqual(phrases(600));
    expect(fieldsFromItems(fieldItems('sites', [])).sites).toEqual([]);
  });

  test('a list whose chunks have not all arrived is left out', () => {
    const items = fieldItems('phrases', phrases(600));
    delete items['settings.phrases.1'];
    expect(fieldsFromItems(items)).toEqual({});
  });

  test('a phrase table too large for 100 KB is kept local: no phrase item is sent', () => {
    expect(phraseTableSync({ ...defaults, phrases: phrases(100) }).fits).toBe(true);
    const big = { ...defaults, phrases: phrases(5000) };
    expect(phraseTableSync(big)).toMatchObject({ fits: false });
    const plan = planSync(big, {}, {});
    expect(plan.phrasesLocal).toBe(true);
    expect(Object.keys(plan.set).some((k) => k.startsWith('settings.phrases') || k.startsWith('settings.protect'))).toBe(false);
    expect(plan.set['settings.target']).toBe('taiwan');
    const total = Object.entries(plan.set).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    expect(total).toBeLessThanOrEqual(SYNC_QUOTA.total);
  });
});

describe('merging devices', () => {
  test('the first device fills sync; a new device takes everything from it', () => {
    const area: Record<string, unknown> = {};
    const a = { settings: { ...defaults, target: 'hongkong' as const, phrases: phrases(3) }, base: {} };
    syncDevice(a, area);
    expect(fieldsFromItems(area)).toMatchObject({ target: 'hongkong', phrases: phrases(3) });
    const b = { settings: defaults, base: {} };
    // A device with only defaults and no base: its values differ from sync, and sync wins.
    syncDevice(b, area);
    expect(b.settings).toMatchObject({ target: 'hongkong', phrases: phrases(3) });
  });

  test('two devices editing different settings both keep their change', () => {
    const area: Record<string, unknown> = {};
    const a = { settings: defaults, base: {} };
    const b = { settings: defaults, base: {} };
    syncDevice(a, area);
    syncDevice(b, area);
    a.settings = { ...a.settings, target: 'hongkong' };
    b.settings = { ...b.settings, sites: [{ pattern: '*.example.com', mode: 'never' }] };
    syncDevice(a, area);
    syncDevice(b, area);
    syncDevice(a, area);
    for (const device of [a, b]) {
      expect(device.settings.target).toBe('hongkong');
      expect(device.settings.sites).toEqual([{ pattern: '*.example.com', mode: 'never' }]);
    }
    // Nothing left to do on either side.
    expect(planSync(a.settings, area, a.base)).toMatchObject({ pull: {}, set: {}, remove: [] });
    expect(planSync(b.settings, area, b.base)).toMatchObject({ pull: {}, set: {}, remove: [] });
  });

  test('a shorter list removes the chunks it no longer uses; a bad synced value is replaced, never taken', () => {
    const area: Record<string, unknown> = {};
    const a = { settings: { ...defaults, phrases: phrases(600) }, base: {} };
    syncDevice(a, area);
    a.settings = { ...a.settings, phrases: phrases(2) };
    const plan = syncDevice(a, area);
    expect(plan.remove.length).toBeGreaterThan(0);
    expect(Object.keys(area).filter((k) => k.startsWith('settings.phrases.'))).toEqual(['settings.phrases.0']);
    area['settings.target'] = 'klingon';
    const fixed = syncDevice(a, area);
    expect(fixed.pull).toEqual({});
    expect(area['settings.target']).toBe('taiwan');
  });
});
