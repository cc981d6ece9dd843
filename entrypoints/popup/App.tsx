import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { locale, t } from '@/lib/i18n';
import type { Target } from '@/lib/engine/types';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings/store';
import { setSiteActive } from '@/lib/settings/site-rules';
import { phraseTableFor } from '@/lib/settings/phrases';
import { sendToBackground, sendToTab } from '@/lib/messaging';
import { PageReport } from '@/components/popup/PageReport';
import { SiteControls } from '@/components/popup/SiteControls';
import { SavePanel, type SaveStatus } from '@/components/popup/SavePanel';
import { connect, resolveTabId, type Connection } from './page-connection';
import { saveArticleFromTab } from './save-article';
import { IMAGE_ORIGINS } from '@/lib/article/embed-images';

const libraryUrl = (id?: string) => browser.runtime.getURL('/library.html') + (id ? `#article=${encodeURIComponent(id)}` : '');

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [connection, setConnection] = useState<Connection>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);
  const [embedImages, setEmbedImages] = useState(false);
  const [imagesElsewhere, setImagesElsewhere] = useState<'unknown' | 'granted' | 'declined'>('unknown');

  // Ticking "Keep image files" asks, in that click, for the hosts other sites' images live on.
  // Not blocking: the box is ticked at once; declined, images from other hosts stay links.
  function changeEmbedImages(value: boolean) {
    setEmbedImages(value);
    if (!value) return;
    browser.permissions
      .request({ origins: IMAGE_ORIGINS })
      .then((granted) => setImagesElsewhere(granted ? 'granted' : 'declined'))
      .catch(() => setImagesElsewhere('declined'));
  }
  const [save, setSave] = useState<SaveStatus>({ kind: 'idle' });

  const refresh = async (id: number | null) => setConnection(await connect(id));

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('appName');
    resolveTabId(location.search).then((id) => {
      setTabId(id);
      refresh(id);
    });
    loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const state = connection.kind === 'page' ? connection.state : null;

  async function setActive(active: boolean) {
    if (!state || tabId === null || !settings) return;
    setBusy(true);
    // Show the switch where the reader put it at once; the page's answer then confirms it.
    setConnection({ kind: 'page', state: { ...state, active } });
    // The switch is a rule in the options page's site list (exact host).
    await updateSettings({ sites: setSiteActive(settings.sites, state.host, active, state.url) });
    try {
      const next = await sendToTab(tabId, 'popupToContentSetActive', { active }, 'all');
      if (next) setConnection({ kind: 'page', state: next });
    } catch {
      await refresh(tabId);
    }
    setBusy(false);
  }

  async function setTarget(target: Target) {
    await updateSettings({ target });
    // The page session re-converts on the settings change; ask again once it has.
    setTimeout(() => refresh(tabId), 400);
  }

  /** Starts the batch in the background, then shows the library, where its progress appears. */
  async function saveAllTabs() {
    const windowId = tabId === null ? undefined : await browser.tabs.get(tabId).then((tab) => tab.windowId, () => undefined);
    await sendToBackground('popupToBackgroundSaveAllTabs', { windowId }).catch(() => {});
    await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  }

  async function saveArticle(choice?: 'update' | 'keep-both') {
    if (tabId === null) return;
    setSave({ kind: 'saving' });
    const convertTo = state?.convertedTo ?? settings?.target;
    const phrases = settings && convertTo ? phraseTableFor(settings, convertTo) : undefined;
    setSave(await saveArticleFromTab(tabId, state, embedImages, t, phrases, choice));
  }

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>
          <img src="/icon/32.png" alt="" width="20" height="20" /> 清文 <span class="brand-latin" lang="en">Qingwen</span>
        </h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener" data-testid="open-options">
          {t('openOptions')}
        </a>
      </header>
      {connection.kind === 'loading' && <p class="muted" role="status">{t('loading')}</p>}
      {connection.kind === 'unreachable' && (
        <section class="card" data-testid="unreachable">
          <h2>{t('unreachableTitle')}</h2>
          <p>{t('unreachableBody')}</p>
        </section>
      )}
      {connection.kind === 'not-chinese' && (
        <section class="card" data-testid="not-chinese">
          <h2>{t('notChineseTitle')}</h2>
          <p>{t('notChineseBody')}</p>
        </section>
      )}
      {state && <PageReport state={state} t={t} />}
      {state && settings && (
        <SiteControls
          t={t}
          host={state.host}
          active={state.active}
          target={settings.target}
          busy={busy}
          onActiveChange={setActive}
          onTargetChange={setTarget}
        />
      )}
      {connection.kind !== 'loading' && connection.kind !== 'unreachable' ? (
        <SavePanel
          t={t}
          status={save}
          embedImages={embedImages}
          onEmbedImagesChange={changeEmbedImages}
          imagesElsewhereDeclined={embedImages && imagesElsewhere === 'declined'}
          onSave={saveArticle}
          onSaveAll={saveAllTabs}
          libraryUrl={libraryUrl}
        />
      ) : (
        connection.kind === 'unreachable' && (
          <p class="actions">
            <a href={libraryUrl()} target="_blank" rel="noopener" data-testid="open-library">
              {t('openLibrary')}
            </a>
          </p>
        )
      )}
    </main>
  );
}
