// GBK bytes read as Big5 (a mainland page served to a Big5 reader): encode Big5, decode GBK.
import { legacyTable } from '@/lib/codec/legacy-tables';
import { decodeGbkTokens } from '@/lib/garbles/mojibake/byte-tokens';
import { RUN_SHAPES, utf8LeadPairShare, type MojibakeCodec } from '@/lib/garbles/mojibake/codec';

/** UTF-8 read as GBK is made of lead pairs (a third of its characters); GBK read as Big5 is not. */
const MAX_LEAD_PAIR_SHARE = 0.1;

export const GBK_AS_BIG5: MojibakeCodec = {
  kind: 'gbk-as-big5',
  multiRoundKind: 'gbk-as-big5',
  codeOf: (unit) => legacyTable('big5').codeOf(unit),
  shape: RUN_SHAPES.readAsBig5,
  decode: decodeGbkTokens,
  accepts: (text, start, end) => utf8LeadPairShare(text, start, end) < MAX_LEAD_PAIR_SHARE,
};
