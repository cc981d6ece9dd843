// Careless Simplified-to-Traditional conversion (docs/garbles.md section 5): character by
// character, so one-to-many characters go wrong (面 -> 麵 in 見麵, 历 -> 曆 in 曆史) or stay
// Simplified (后, 于, 么, 里, 并). Only looked for in text that is Traditional on the whole.

/** Over-conversions: words a phrase-aware converter never writes. */
const OVER_CONVERTED = new RegExp(
  [
    '[見全方表當會前後裏外上對正反側層局版頁路桌地畫平背]麵', '麵[對臨向前貌積孔容談試世]',
    '曆[史程經來屆次任代]', '[經學簡來閱資病]曆',
    '[恢答回往康修光收平]複', '複[興蘇甦工原活]',
    '[皇太王母]後', '裏程', '[公千萬英海]裏', '鬆樹', '乾部', '幹淨',
  ].join('|'),
  'g',
);

/**
 * Simplified leftovers where Traditional text would have 後 於 麼 裡 並. Each is also a
 * Traditional character of its own (皇后, 帝后, the place 后里, the surname 于, 并州, 公里), so
 * those uses are left out, and 里 counts only in words where it means "inside". (帝后 and 后里
 * were found on real Hong Kong and Taiwan pages, where they had made a clean page look garbled.)
 */
const LEFT_SIMPLIFIED = /(?<![皇太王影天歌母帝])后(?![妃冠土羿里])|(?<![\s·])于(?![右敏謙谦丹])|[什怎這那多要]么|[這那哪心家夜城]里|里[面頭邊]|(?<!州)并(?!州)/g;

export interface BadS2tScan {
  overConverted: number;
  leftSimplified: number;
}

export function scanBadS2t(text: string): BadS2tScan {
  return {
    overConverted: text.match(OVER_CONVERTED)?.length ?? 0,
    leftSimplified: text.match(LEFT_SIMPLIFIED)?.length ?? 0,
  };
}
