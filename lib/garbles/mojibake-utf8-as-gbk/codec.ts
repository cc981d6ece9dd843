// UTF-8 read as GBK (浣犲ソ for 你好), once or several rounds: encode GBK, decode UTF-8.
import { gbkCodeOf } from '@/lib/codec/gbk';
import { commonness } from '@/lib/detect/char-cost';
import { decodeUtf8Tokens } from '@/lib/garbles/mojibake/byte-tokens';
import { RUN_SHAPES, type MojibakeCodec } from '@/lib/garbles/mojibake/codec';
import { findGarbledRuns } from './past-repair';
import { restoreStrippedPairs } from './stripped-pairs';

export const UTF8_AS_GBK: MojibakeCodec = {
  kind: 'utf8-as-gbk',
  multiRoundKind: 'utf8-as-gbk',
  codeOf: gbkCodeOf,
  shape: RUN_SHAPES.readAsGbk,
  decode: (bytes) => decodeUtf8Tokens(bytes),
  mend: (bytes, tokens, boundary) => restoreStrippedPairs(bytes, tokens, boundary, (cp) => commonness(cp) > 0),
  pastRepair: (text, maxRuns) => findGarbledRuns(text, maxRuns),
};
