// Big5 bytes read as GBK (a Taiwan or Hong Kong page served to a GBK reader): encode GBK,
// decode Big5. The GBK reading is full of kana, Greek and user-area characters (Big5's frequent
// lead bytes A4-AF are those rows of GB2312).
import { gbkCodeOf } from '@/lib/codec/gbk';
import { decodeBig5Tokens } from '@/lib/garbles/mojibake/byte-tokens';
import { RUN_SHAPES, type MojibakeCodec } from '@/lib/garbles/mojibake/codec';

export const BIG5_AS_GBK: MojibakeCodec = {
  kind: 'big5-as-gbk',
  multiRoundKind: 'big5-as-gbk',
  codeOf: gbkCodeOf,
  shape: RUN_SHAPES.readAsGbkOdd,
  decode: decodeBig5Tokens,
};
