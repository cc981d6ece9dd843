// Re-creates the garble the way it happened (docs/garbles.md section 4): Hong Kong text written
// as Big5-HKSCS bytes, the lead bytes 0x9D-0xA0 lost on the way, the rest read by the browser's
// Big5 decoder (WHATWG rules, the engine's shared table).
import { legacyTable } from '@/lib/codec/legacy-tables';

const table = () => legacyTable('big5');

/** Standard Big5 first (what any Big5 encoder writes), then the HKSCS rows a Hong Kong encoder uses for Cantonese. */
function rank(code: number): number {
  const standard = (code >= 0xa140 && code <= 0xc67e) || (code >= 0xc940 && code <= 0xf9d5);
  return standard ? 0 : code >> 8 < 0xa1 ? 1 : 2;
}

let encoder: Map<number, number> | undefined;

function codeOf(unit: number): number {
  if (!encoder) {
    encoder = new Map();
    for (const code of table().codes) {
      const unit = table().unitOf(code);
      const held = encoder.get(unit);
      if (held === undefined || rank(code) < rank(held)) encoder.set(unit, code);
    }
  }
  const code = encoder.get(unit);
  if (code === undefined) throw new Error(`not in Big5-HKSCS: ${String.fromCharCode(unit)}`);
  return code;
}

export function encodeHkscs(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes.push(unit);
    else {
      const code = codeOf(unit);
      bytes.push(code >> 8, code & 0xff);
    }
  }
  return bytes;
}

/** Drops every lead byte in `lost` (a trail byte of the same value stays). */
export function dropLeads(bytes: readonly number[], lost = (lead: number) => lead >= 0x9d && lead <= 0xa0): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) out.push(bytes[i]);
    else {
      if (!lost(bytes[i])) out.push(bytes[i]);
      out.push(bytes[++i]);
    }
  }
  return out;
}

/** The WHATWG Big5 decoder over the engine's table (astral codes, which it leaves out, read as U+FFFD). */
export function decodeBig5(bytes: readonly number[]): string {
  let out = '';
  let lead = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (lead) {
      const validTrail = (byte >= 0x40 && byte <= 0x7e) || (byte >= 0xa1 && byte <= 0xfe);
      const unit = validTrail ? table().unitOf((lead << 8) | byte) : 0;
      lead = 0;
      if (unit) out += String.fromCharCode(unit);
      else {
        out += '\ufffd';
        if (byte < 0x80) i--; // an ASCII byte is read again on its own
      }
    } else if (byte < 0x80) out += String.fromCharCode(byte);
    else if (byte >= 0x81 && byte <= 0xfe) lead = byte;
    else out += '\ufffd';
  }
  return lead ? `${out}\ufffd` : out;
}

/** Cantonese text as a site that lost the 0x9D-0xA0 lead bytes shows it. */
export function loseLeads(text: string): string {
  return decodeBig5(dropLeads(encodeHkscs(text)));
}
