// Numbered migrations: key N turns a version N-1 value into version N.
// Each one gets a test in tests/unit/settings/migrations.test.ts.
export const settingsMigrations: Record<number, (old: any) => any> = {};
