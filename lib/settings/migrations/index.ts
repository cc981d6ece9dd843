// Numbered migrations: key N turns a version N-1 value into version N.
// Each one gets a test in tests/unit/settings/migrations.test.ts.
import { migrateV1ToV2 } from './v2-rule-lists';

export const settingsMigrations: Record<number, (old: any) => any> = {
  2: migrateV1ToV2,
};
