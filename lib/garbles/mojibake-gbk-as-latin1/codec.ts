// GBK read as Latin-1 / windows-1252 (ÄãºÃ for 你好): encode windows-1252, decode GBK.
import { decodeGbkTokens } from '@/lib/garbles/mojibake/byte-tokens';
import { eightBitCode, RUN_SHAPES, type MojibakeCodec } from '@/lib/garbles/mojibake/codec';

export const GBK_AS_LATIN1: MojibakeCodec = {
  kind: 'gbk-as-latin1',
  multiRoundKind: 'gbk-as-latin1',
  codeOf: eightBitCode,
  shape: RUN_SHAPES.readAsEightBit,
  decode: decodeGbkTokens,
};
