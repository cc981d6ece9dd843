// Every garble kind the engine knows, in the order detection reports them and repair runs
// them. Adding a kind means adding its folder and a line here.
import { ARTIFACTS } from './artifacts';
import { BAD_S2T } from './bad-s2t';
import { BIG5_LOST_LEAD } from './big5-lost-lead';
import type { GarbleKindModule } from './kind';
import type { MojibakeCodec } from './mojibake/codec';
import { mojibakeKind } from './mojibake/kind';
import { BIG5_AS_GBK } from './mojibake-big5-as-gbk/codec';
import { GBK_AS_BIG5 } from './mojibake-gbk-as-big5/codec';
import { GBK_AS_LATIN1 } from './mojibake-gbk-as-latin1/codec';
import { UTF8_AS_GBK } from './mojibake-utf8-as-gbk/codec';
import { UTF8_AS_LATIN1 } from './mojibake-utf8-as-latin1/codec';
import { PINYIN_INJECTION } from './pinyin-injection';
import { UNRECOVERABLE } from './unrecoverable';

/**
 * The mojibake families. Codecs of one run shape compete on a page, and on a tie the first
 * listed wins (UTF-8 before GBK under Latin-1: see UTF8_AS_LATIN1.prefer).
 */
export const MOJIBAKE_CODECS: readonly MojibakeCodec[] = [UTF8_AS_GBK, UTF8_AS_LATIN1, GBK_AS_LATIN1, BIG5_AS_GBK, GBK_AS_BIG5];

/**
 * The order matters twice. Detection: later kinds read what earlier ones found (debris only
 * where no codec was found, mixed scripts only on ungarbled text). Repair: artefacts first
 * (an escaped entity hides the characters around it), then pinyin, then mojibake.
 */
export const GARBLE_KINDS: readonly GarbleKindModule[] = [ARTIFACTS, PINYIN_INJECTION, mojibakeKind(MOJIBAKE_CODECS), BIG5_LOST_LEAD, UNRECOVERABLE, BAD_S2T];
