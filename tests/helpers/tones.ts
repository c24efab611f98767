/**
 * Flip the tone placement of open `oa`, `oe`, `uy` syllables between the
 * traditional (`hòa`, `Ủy`) and the new (`hoà`, `Uỷ`) convention, both ways.
 * Same length, so offsets stay comparable.
 */
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const PAIRS: [string, string][] = [];
for (const [v1, v2] of [['o', 'a'], ['o', 'e'], ['u', 'y'], ['O', 'A'], ['O', 'E'], ['U', 'Y'], ['U', 'y'], ['O', 'a'], ['O', 'e']] as const) {
  for (const t of TONES) {
    PAIRS.push([(v1 + t).normalize('NFC') + v2, v1 + (v2 + t).normalize('NFC')]);
  }
}
const MAP = new Map<string, string>();
for (const [a, b] of PAIRS) {
  MAP.set(a, b);
  MAP.set(b, a);
}
const RE = new RegExp(`(${[...MAP.keys()].join('|')})(?!\\p{L})`, 'gu');

export function flipTones(s: string): string {
  return s.replace(RE, (m, _g, offset: number, whole: string) => {
    const prev = whole[offset - 1];
    if ((m[0] === 'u' || m[0] === 'U') && (prev === 'q' || prev === 'Q')) return m;
    return MAP.get(m) ?? m;
  });
}
