import type { SavedArticle } from '@/lib/article/types';

export function sampleArticle(overrides: Partial<SavedArticle> = {}): SavedArticle {
  return {
    id: 'a1',
    savedAt: '2026-11-29T10:00:00.000Z',
    title: '經濟觀察：城市綠道',
    byline: '記者 王小明',
    siteName: '示例日報',
    publishedTime: '2026-11-28T08:00:00+08:00',
    lang: 'zh-Hant',
    excerpt: '清晨六點',
    url: 'https://example.org/news/1.html',
    html: '<h2>小標</h2><p>清晨六點，<strong>江邊</strong>的綠道上。</p><table><thead><tr><th>年</th><th>公里</th></tr></thead><tbody><tr><td>2025</td><td>12</td></tr></tbody></table><p><img src="data:image/png;base64,iVBORw0KGgo=" alt="圖"></p>',
    text: '小標\n\n清晨六點，江邊的綠道上。\n\n年 公里\n\n2025 12',
    method: 'readability',
    embeddedImages: 1,
    detectedScript: 'traditional',
    convertedTo: 'taiwan',
    repaired: [{ kind: 'pinyin-injection', count: 3 }],
    unrecoverable: 1,
    redecoded: { from: 'windows-1252', to: 'gbk' },
    ...overrides,
  };
}
