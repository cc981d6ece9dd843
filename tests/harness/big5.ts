// Encodes text as Big5 the way a Big5 news site's CMS does: characters Big5 has become their
// two bytes, anything else a numeric character reference. Built from the WHATWG decoder
// (TextDecoder), standard Big5 codes before the HKSCS extension.
let table: Map<string, [number, number]> | undefined;

function big5Table(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('big5');
  const leads = [...Array.from({ length: 0xfa - 0xa1 }, (_, i) => 0xa1 + i), ...Array.from({ length: 0xa1 - 0x81 }, (_, i) => 0x81 + i)];
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

export function encodeBig5(text: string): Buffer {
  const codes = big5Table();
  const out: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const pair = codes.get(char);
      if (pair) out.push(...pair);
      else for (const byte of Buffer.from(`&#${cp};`, 'ascii')) out.push(byte);
    }
  }
  return Buffer.from(out);
}
