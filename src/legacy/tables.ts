/**
 * Byte tables for the two single-byte legacy encodings.
 *
 * Each table maps bytes 0x80–0xFF (plus, for TCVN3, a few C0 positions) to
 * Unicode; bytes not listed map to the same code point (ASCII, and Latin-1
 * for cp1258's 0xA0–0xBF). The tests in `tests/legacy.test.ts` compare both
 * tables with iconv-lite on every byte 0x00–0xFF.
 */

/** U+FFFD: the byte has no character in the encoding. */
export const UNDEFINED = '\uFFFD';

/**
 * TCVN 5712:1993 ("TCVN3", the ABC fonts such as .VnTime / .VnTimeH).
 *
 * Source: TCVN 5712:1993 table VN1, as published in glibc's TCVN5712-1
 * charmap and XFree86 `lcUniConv/tcvn.h` (identical to iconv-lite's `tcvn`
 * codec). The "VN3" subset that the ABC fonts implement keeps the same
 * positions for every lowercase letter, for Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7) and for
 * the combining tones at 0xB0–0xB4, but has no toned capitals: VN3 text types
 * capitals with the lowercase codes in a capitals-only font (.VnTimeH), so
 * those decode as lowercase. We decode the VN1 capital positions
 * (0x01–0x17, 0x80–0x9F and a few above 0xA0) too, as the superset does.
 */
const TCVN3_HIGH =
  // 0x80–0x8F
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ' +
  // 0x90–0x9F
  'ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ' +
  // 0xA0–0xAF
  '\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ' +
  // 0xB0–0xBF: five combining tones, then lowercase a-vowels and breve capitals
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ' +
  // 0xC0–0xCF
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ' +
  // 0xD0–0xDF
  'éẹềểễếệìỉỄẾỒĩíịò' +
  // 0xE0–0xEF
  'Ổỏõóọồổỗốộờởỡớợù' +
  // 0xF0–0xFF
  'ỖủũúụừửữứựỳỷỹýỵỐ';

/** TCVN3 VN1 capitals placed in the C0 control range. */
const TCVN3_LOW: Record<number, string> = {
  0x01: 'Ú',
  0x02: 'Ụ',
  0x04: 'Ừ',
  0x05: 'Ử',
  0x06: 'Ữ',
  0x11: 'Ứ',
  0x12: 'Ự',
  0x13: 'Ỳ',
  0x14: 'Ỷ',
  0x15: 'Ỹ',
  0x16: 'Ý',
  0x17: 'Ỵ',
};

/**
 * Windows-1258 (Vietnamese ANSI code page): Latin-1 letters, a few
 * precomposed Vietnamese base letters (Ă Đ Ơ Ư ă đ ơ ư) and five combining
 * tone marks (0xCC grave, 0xD2 hook, 0xDE tilde, 0xEC acute, 0xF2 dot below)
 * that follow their base letter.
 *
 * Source: Microsoft code page 1258, as published by the Unicode Consortium
 * (MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1258.TXT). Bytes 0x81 0x8A 0x8D 0x8E
 * 0x8F 0x90 0x9A 0x9D 0x9E are undefined there.
 */
const U = UNDEFINED;
const CP1258_HIGH =
  // 0x80–0x8F
  `€${U}‚ƒ„…†‡ˆ‰${U}‹Œ${U}${U}${U}` +
  // 0x90–0x9F
  `${U}‘’“”•–—˜™${U}›œ${U}${U}Ÿ` +
  // 0xA0–0xBF: same as Latin-1
  '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿' +
  // 0xC0–0xCF
  'ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏ' +
  // 0xD0–0xDF
  'ĐÑ\u0309ÓÔƠÖ×ØÙÚÛÜƯ\u0303ß' +
  // 0xE0–0xEF
  'àáâăäåæçèéêë\u0301íîï' +
  // 0xF0–0xFF
  'đñ\u0323óôơö÷øùúûüư₫ÿ';

function buildTable(high: string, low: Record<number, string>): string[] {
  const chars = [...high];
  if (chars.length !== 128) throw new Error(`vn-admin-ner: legacy table has ${chars.length} entries, expected 128`);
  const table: string[] = [];
  for (let b = 0; b < 0x80; b++) table.push(low[b] ?? String.fromCharCode(b));
  for (const c of chars) table.push(c);
  return table;
}

let tcvn3: readonly string[] | undefined;
let cp1258: readonly string[] | undefined;
/** byte -> Unicode string (one code point) for TCVN3 (built on first use, not at import). */
export const tcvn3Table = (): readonly string[] => (tcvn3 ??= buildTable(TCVN3_HIGH, TCVN3_LOW));
/** byte -> Unicode string (one code point, or U+FFFD) for Windows-1258 (built on first use). */
export const cp1258Table = (): readonly string[] => (cp1258 ??= buildTable(CP1258_HIGH, {}));

/**
 * The 27 characters that Windows-1252 puts at 0x80–0x9F, back to their byte:
 * text in a legacy 8-bit encoding often reaches us already decoded as
 * cp1252 rather than Latin-1.
 */
export const CP1252_SPECIALS: ReadonlyMap<string, number> = new Map([
  ['€', 0x80], ['‚', 0x82], ['ƒ', 0x83], ['„', 0x84], ['…', 0x85], ['†', 0x86],
  ['‡', 0x87], ['ˆ', 0x88], ['‰', 0x89], ['Š', 0x8a], ['‹', 0x8b], ['Œ', 0x8c],
  ['Ž', 0x8e], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['•', 0x95],
  ['–', 0x96], ['—', 0x97], ['˜', 0x98], ['™', 0x99], ['š', 0x9a], ['›', 0x9b],
  ['œ', 0x9c], ['ž', 0x9e], ['Ÿ', 0x9f],
]);

/** The cp1252 specials that are letters: never punctuation in real text. */
export const CP1252_SPECIAL_LETTERS: ReadonlySet<string> = new Set(['ƒ', 'Š', 'Œ', 'Ž', 'š', 'œ', 'ž', 'Ÿ']);
