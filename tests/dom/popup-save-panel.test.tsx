// The save panel says so when the reader declined the permission for images on other hosts.
import { expect, test } from 'vitest';
import { render } from 'preact';
import { translator } from '@/lib/i18n';
import { SavePanel } from '@/components/popup/SavePanel';

const t = translator('zh-Hant');

function panel(declined: boolean) {
  const host = document.createElement('div');
  render(
    <SavePanel t={t} status={{ kind: 'idle' }} embedImages onEmbedImagesChange={() => {}} imagesElsewhereDeclined={declined} onSave={() => {}} libraryUrl={() => '#'} />,
    host,
  );
  return host;
}

test('declined: a note that images from other hosts stay links; otherwise no note', () => {
  expect(panel(true).querySelector('[data-testid="image-permission-note"]')?.textContent).toContain('保留為連結');
  expect(panel(false).querySelector('[data-testid="image-permission-note"]')).toBeNull();
});
