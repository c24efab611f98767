import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeLegacy, detectLegacy, type LegacyEncoding } from '../src/legacy/index.js';

// ---------------------------------------------------------------------------
// Reference letters

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const TONES = ['', GRAVE, ACUTE, HOOK, TILDE, DOT] as const;
const TONE_NAMES = ['none', 'grave', 'acute', 'hook', 'tilde', 'dot'] as const;
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** Every vowel × tone, NFC, lower case: 72 letters. */
const LOWER: string[] = VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')));
const UPPER: string[] = LOWER.map((c) => c.toUpperCase());
const ALL_LETTERS = [...LOWER, 'đ', ...UPPER, 'Đ'];

const SENTENCES = [
  'Hội đồng nhân dân huyện',
  'Ủy ban nhân dân tỉnh Thanh Hóa',
  'Quyết định số 123/QĐ-UBND ngày 5 tháng 6 năm 2020 của Chủ tịch Ủy ban nhân dân tỉnh Nghệ An',
  'Sở Giáo dục và Đào tạo thành phố Hà Nội, Bộ Tài nguyên và Môi trường',
  'Tôi yêu tiếng nước tôi từ khi mới ra đời',
];

const ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni', 'viqr', 'cp1258'];

function latin1(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
}

function split(letter: string): { base: string; quality: string; tone: string } {
  const d = letter.normalize('NFD');
  let base = d[0] ?? '';
  let quality = '';
  let tone = '';
  for (const m of d.slice(1)) {
    if ((TONES as readonly string[]).includes(m)) tone = m;
    else quality += m;
  }
  if (base === 'đ' || base === 'Đ') quality = '';
  base = base.normalize('NFC');
  return { base, quality, tone };
}

// ---------------------------------------------------------------------------
// Encoders written here, independently of the decoders under test.

/** TCVN3 via iconv-lite's TCVN 5712 (VN1) codec. */
function encodeTcvn3(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text.normalize('NFC'), 'tcvn'));
}

/** Windows-1258: base letter (with ă â ê ô ơ ư đ precomposed) + combining tone byte. */
const CP1258_BASE: Record<string, number> = {
  â: 0xe2, ê: 0xea, ô: 0xf4, ă: 0xe3, ơ: 0xf5, ư: 0xfd, đ: 0xf0,
  Â: 0xc2, Ê: 0xca, Ô: 0xd4, Ă: 0xc3, Ơ: 0xd5, Ư: 0xdd, Đ: 0xd0,
};
const CP1258_TONE: Record<string, number> = { [GRAVE]: 0xcc, [ACUTE]: 0xec, [HOOK]: 0xd2, [TILDE]: 0xde, [DOT]: 0xf2 };
/** Toned letters that cp1258 also has precomposed (the Latin-1 ones whose byte it kept). */
const CP1258_PRECOMPOSED: Record<string, number> = {
  À: 0xc0, Á: 0xc1, È: 0xc8, É: 0xc9, Í: 0xcd, Ó: 0xd3, Ù: 0xd9, Ú: 0xda,
  à: 0xe0, á: 0xe1, è: 0xe8, é: 0xe9, í: 0xed, ó: 0xf3, ù: 0xf9, ú: 0xfa,
};

function encodeCp1258(text: string, precomposed: boolean): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (precomposed && CP1258_PRECOMPOSED[ch] !== undefined) {
      out.push(CP1258_PRECOMPOSED[ch]);
      continue;
    }
    const { base, quality, tone } = split(ch);
    const key = (base + quality).normalize('NFC');
    const b = CP1258_BASE[key] ?? (key.length === 1 && key.charCodeAt(0) < 0x80 ? key.charCodeAt(0) : undefined);
    if (b === undefined) throw new Error(`cp1258 test encoder cannot encode ${ch}`);
    out.push(b);
    if (tone !== '') out.push(CP1258_TONE[tone] as number);
  }
  return new Uint8Array(out);
}

/** VNI-Windows: lower-case forms; capitals use the upper-case of each character. */
const VNI_TONE: Record<string, string> = { [ACUTE]: 'ù', [GRAVE]: 'ø', [HOOK]: 'û', [TILDE]: 'õ', [DOT]: 'ï' };
const VNI_CIRC: Record<string, string> = { '': 'â', [ACUTE]: 'á', [GRAVE]: 'à', [HOOK]: 'å', [TILDE]: 'ã', [DOT]: 'ä' };
const VNI_BREVE: Record<string, string> = { '': 'ê', [ACUTE]: 'é', [GRAVE]: 'è', [HOOK]: 'ú', [TILDE]: 'ü', [DOT]: 'ë' };
const VNI_I: Record<string, string> = { '': 'i', [ACUTE]: 'í', [GRAVE]: 'ì', [HOOK]: 'æ', [TILDE]: 'ó', [DOT]: 'ò' };

function vniLower(letter: string): string {
  if (letter === 'đ') return 'ñ';
  const { base, quality, tone } = split(letter);
  if (base === 'i') return VNI_I[tone] as string;
  if (base === 'y' && tone === DOT) return 'î';
  if (quality === '\u0302') return base + (VNI_CIRC[tone] as string);
  if (quality === '\u0306') return base + (VNI_BREVE[tone] as string);
  const stem = quality === '\u031b' ? (base === 'o' ? 'ô' : 'ö') : base;
  return stem + (tone === '' ? '' : (VNI_TONE[tone] as string));
}

function encodeVni(text: string, markCase: 'same' | 'lower' = 'same'): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    if (!/\p{L}/u.test(ch) || lower === ch.toUpperCase()) {
      out += ch;
      continue;
    }
    const enc = vniLower(lower);
    if (ch === lower) out += enc;
    else if (markCase === 'lower' && enc.length === 2) out += (enc[0] as string).toUpperCase() + (enc[1] as string);
    else out += enc.toUpperCase();
  }
  return out;
}

/** VIQR (RFC 1456): base, quality mark, tone mark; dd/DD; mark characters escaped. */
const VIQR_QUALITY: Record<string, string> = { '\u0302': '^', '\u0306': '(', '\u031b': '+' };
const VIQR_TONE: Record<string, string> = { [ACUTE]: "'", [GRAVE]: '`', [HOOK]: '?', [TILDE]: '~', [DOT]: '.' };

function encodeViqr(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ') out += 'dd';
    else if (ch === 'Đ') out += 'DD';
    else if ("^(+'`?~.\\".includes(ch)) out += `\\${ch}`;
    else if (/\p{L}/u.test(ch)) {
      const { base, quality, tone } = split(ch);
      out += base + (VIQR_QUALITY[quality] ?? '') + (VIQR_TONE[tone] ?? '');
    } else out += ch;
  }
  return out;
}

function encode(text: string, encoding: LegacyEncoding): string | Uint8Array {
  switch (encoding) {
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'cp1258':
      return encodeCp1258(text, false);
    case 'vni':
      return encodeVni(text);
    case 'viqr':
      return encodeViqr(text);
  }
}

// ---------------------------------------------------------------------------

describe('legacy: iconv-lite has the codecs we compare with', () => {
  it('knows tcvn and windows1258 (and no VNI or VIQR)', () => {
    expect(iconv.encodingExists('tcvn')).toBe(true);
    expect(iconv.encodingExists('windows1258')).toBe(true);
    expect(iconv.encodingExists('vni')).toBe(false);
    expect(iconv.encodingExists('viqr')).toBe(false);
  });
});

describe('legacy: every byte against iconv-lite', () => {
  const bytes = Array.from({ length: 256 }, (_, b) => b);
  const rows = bytes.map((b) => [b.toString(16).padStart(2, '0').toUpperCase(), b] as const);

  it.each(rows)('tcvn3 byte 0x%s', (_hex, b) => {
    const expected = iconv.decode(Buffer.from([b]), 'tcvn').normalize('NFC');
    expect(decodeLegacy(new Uint8Array([b]), 'tcvn3')).toBe(expected);
    // The same byte in a string read as Latin-1.
    expect(decodeLegacy(String.fromCharCode(b), 'tcvn3')).toBe(expected);
  });

  it.each(rows)('cp1258 byte 0x%s', (_hex, b) => {
    const expected = iconv.decode(Buffer.from([b]), 'windows1258').normalize('NFC');
    expect(decodeLegacy(new Uint8Array([b]), 'cp1258')).toBe(expected);
    // In a string, a byte that cp1258 leaves undefined keeps its character
    // (iconv-lite gives U+FFFD); every other byte decodes the same.
    const fromString = decodeLegacy(String.fromCharCode(b), 'cp1258');
    expect(fromString).toBe(expected === '\uFFFD' ? String.fromCharCode(b) : expected);
  });

  it('decodes a whole 256-byte buffer like iconv-lite', () => {
    const all = new Uint8Array(bytes);
    expect(decodeLegacy(all, 'tcvn3')).toBe(iconv.decode(Buffer.from(all), 'tcvn').normalize('NFC'));
    expect(decodeLegacy(all, 'cp1258')).toBe(iconv.decode(Buffer.from(all), 'windows1258').normalize('NFC'));
  });
});

describe('legacy: every vowel × tone, and đ', () => {
  const cases = ALL_LETTERS.map((letter) => {
    const { base, tone } = split(letter.toLowerCase());
    const name = `${base}+${TONE_NAMES[TONES.indexOf(tone as (typeof TONES)[number])]}${letter === letter.toUpperCase() ? ' (capital)' : ''}`;
    return [name, letter] as const;
  });

  it('has 146 reference letters (12 vowels × 6 tones × 2 cases + đ Đ)', () => {
    expect(ALL_LETTERS).toHaveLength(146);
    expect(new Set(ALL_LETTERS).size).toBe(146);
  });

  it.each(cases)('tcvn3 %s', (_name, letter) => {
    const bytes = encodeTcvn3(letter);
    expect(bytes).toHaveLength(1);
    expect(decodeLegacy(bytes, 'tcvn3')).toBe(letter);
    expect(decodeLegacy(latin1(bytes), 'tcvn3')).toBe(letter);
    expect(decodeLegacy(Buffer.from(bytes), 'tcvn3')).toBe(letter);
  });

  it('tcvn3: the VN3 (ABC font) capitals Ă Â Ê Ô Ơ Ư Đ sit at 0xA1–0xA7', () => {
    expect(decodeLegacy(new Uint8Array([0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]), 'tcvn3')).toBe('ĂÂÊÔƠƯĐ');
    expect(decodeLegacy('¡¢£¤¥¦§', 'tcvn3')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('tcvn3: base letter + combining tone byte (0xB0–0xB4) composes', () => {
    expect(decodeLegacy(new Uint8Array([0x61, 0xb0, 0xa9, 0xb3, 0x6f, 0xb4]), 'tcvn3')).toBe('àấọ');
  });

  it.each(cases)('cp1258 %s', (_name, letter) => {
    for (const precomposed of [false, true]) {
      const bytes = encodeCp1258(letter, precomposed);
      expect(iconv.decode(Buffer.from(bytes), 'windows1258').normalize('NFC')).toBe(letter);
      expect(decodeLegacy(bytes, 'cp1258')).toBe(letter);
      expect(decodeLegacy(latin1(bytes), 'cp1258')).toBe(letter);
    }
  });

  it.each(cases)('vni %s', (_name, letter) => {
    expect(decodeLegacy(encodeVni(letter), 'vni')).toBe(letter);
    // A capital followed by a lower-case mark (as typed in title case).
    expect(decodeLegacy(encodeVni(letter, 'lower'), 'vni')).toBe(letter);
  });

  it.each(cases)('viqr %s', (_name, letter) => {
    expect(decodeLegacy(encodeViqr(letter), 'viqr')).toBe(letter);
  });
});

describe('legacy: sentences', () => {
  const rows = ENCODINGS.flatMap((enc) => SENTENCES.map((s) => [enc, s] as const));

  it.each(rows)('%s: %s', (enc, sentence) => {
    const encoded = encode(sentence, enc);
    expect(decodeLegacy(encoded, enc)).toBe(sentence);
    if (encoded instanceof Uint8Array) expect(decodeLegacy(latin1(encoded), enc)).toBe(sentence);
    const upper = sentence.toUpperCase();
    expect(decodeLegacy(encode(upper, enc), enc)).toBe(upper);
  });

  it('vni: the documented examples', () => {
    expect(decodeLegacy('Hoäi ñoàng nhaân daân', 'vni')).toBe('Hội đồng nhân dân');
    expect(decodeLegacy('HOÄI ÑOÀNG NHAÂN DAÂN', 'vni')).toBe('HỘI ĐỒNG NHÂN DÂN');
    expect(decodeLegacy('UÛy ban nhaân daân tænh Thanh Hoùa', 'vni')).toBe('Ủy ban nhân dân tỉnh Thanh Hóa');
    expect(decodeLegacy('Ngöôøi ñöôïc uûy quyeàn', 'vni')).toBe('Người được ủy quyền');
  });

  it('viqr: the documented examples', () => {
    expect(decodeLegacy('Ho^.i ddo^`ng nha^n da^n', 'viqr')).toBe('Hội đồng nhân dân');
    expect(decodeLegacy("O^ng te^n gi`\\? To^i te^n la` Tra^`n Va(n Hie^'u\\.", 'viqr')).toBe(
      'Ông tên gì? Tôi tên là Trần Văn Hiếu.',
    );
    expect(decodeLegacy("To^i ye^u tie^'ng nu+o+'c to^i tu+` khi mo+'i ra ddo+`i\\.", 'viqr')).toBe(
      'Tôi yêu tiếng nước tôi từ khi mới ra đời.',
    );
    expect(decodeLegacy("DDa` Na(~ng, Dda('k La('k", 'viqr')).toBe('Đà Nẵng, Đắk Lắk');
  });

  it('tcvn3: a document read as cp1252 keeps its quotes and recovers letters', () => {
    const bytes = encodeTcvn3('ỦY BAN "Ủy ban" Ổn');
    const asCp1252 = iconv.decode(Buffer.from(bytes), 'windows1252');
    expect(decodeLegacy(asCp1252, 'tcvn3')).toBe('ỦY BAN "Ủy ban" Ổn');
    // ž (0x9E) is a letter in cp1252, so it always goes back to Ủ.
    expect(asCp1252.startsWith('ž')).toBe(true);
    // Real curly quotes and dashes around words stay punctuation.
    expect(decodeLegacy('“Hµ Néi” – 2020', 'tcvn3')).toBe('“Hà Nội” – 2020');
  });
});

describe('legacy: VIQR punctuation', () => {
  it('leaves punctuation after a toned word alone', () => {
    expect(decodeLegacy('Hà Nội?', 'viqr')).toBe('Hà Nội?');
    expect(decodeLegacy('Ha` No^.i?', 'viqr')).toBe('Hà Nội?');
    expect(decodeLegacy("Ông nói: 'Được.'", 'viqr')).toBe("Ông nói: 'Được.'");
    expect(decodeLegacy('Hội đồng nhân dân huyện.', 'viqr')).toBe('Hội đồng nhân dân huyện.');
  });

  it('follows RFC 1456: a mark applies only where it can combine', () => {
    expect(decodeLegacy('1+1=2, (xem), x^2, don\'t', 'viqr')).toBe("1+1=2, (xem), x^2, don't");
    expect(decodeLegacy('o+ u+ a( a^ e^ o^', 'viqr')).toBe('ơ ư ă â ê ô');
    expect(decodeLegacy('i^ u( y+', 'viqr')).toBe('i^ u( y+');
    expect(decodeLegacy('gi`\\? ddi\\.', 'viqr')).toBe('gì? đi.');
  });

  it('keeps ellipses and ?! as punctuation, and reads dd as đ only where no vowel precedes it', () => {
    expect(decodeLegacy('ta...', 'viqr')).toBe('ta...');
    expect(decodeLegacy('sao?!', 'viqr')).toBe('sao?!');
    expect(decodeLegacy('add ADD ladder dd DD Dd', 'viqr')).toBe('add ADD ladder đ Đ Đ');
    expect(decodeLegacy('HDDND, QDD-UBND, NDD-CP, BDDS', 'viqr')).toBe('HĐND, QĐ-UBND, NĐ-CP, BĐS');
  });

  it('NFD input: a word with a combining tone takes no more tones', () => {
    expect(decodeLegacy('Nội?'.normalize('NFD'), 'viqr')).toBe('Nội?');
  });
});

describe('legacy: Unicode text given by mistake', () => {
  it('tcvn3 and cp1258 leave characters above U+00FF alone', () => {
    // â is 0xE2, which TCVN3 reads as õ: what the encoding implies.
    expect(decodeLegacy('Ủy ban nhân dân', 'tcvn3')).toBe('Ủy ban nhõn dõn');
    expect(decodeLegacy('Hội đồng', 'cp1258')).toBe('Hội đồng');
    expect(decodeLegacy('ờ ữ ự ỵ', 'tcvn3')).toBe('ờ ữ ự ỵ');
  });

  it('vni and viqr leave Unicode Vietnamese without their mark characters alone', () => {
    expect(decodeLegacy('Hội đồng nhân dân huyện', 'viqr')).toBe('Hội đồng nhân dân huyện');
    expect(decodeLegacy('Nguyễn Văn Thưởng', 'vni')).toBe('Nguyễn Văn Thưởng');
  });

  it('output is NFC', () => {
    const nfd = 'Hội đồng'.normalize('NFD');
    for (const enc of ENCODINGS) expect(decodeLegacy(nfd, enc)).toBe(decodeLegacy(nfd, enc).normalize('NFC'));
    expect(decodeLegacy(nfd, 'vni')).toBe('Hội đồng');
  });

  it('plain ASCII is unchanged by tcvn3, vni and cp1258', () => {
    const ascii = 'The quick brown fox jumps over the lazy dog. 0123456789 !"#$%&()*+,-./:;<=>?@[\\]^_`{|}~';
    for (const enc of ['tcvn3', 'vni', 'cp1258'] as const) expect(decodeLegacy(ascii, enc)).toBe(ascii);
  });
});

describe('legacy: detectLegacy', () => {
  const rows = ENCODINGS.flatMap((enc) => SENTENCES.map((s) => [enc, s] as const));

  it.each(rows)('detects %s: %s', (enc, sentence) => {
    const encoded = encode(sentence, enc);
    const d = detectLegacy(encoded);
    expect(d?.encoding).toBe(enc);
    expect(d?.confidence).toBeGreaterThan(0.5);
    expect(d?.confidence).toBeLessThanOrEqual(1);
    if (encoded instanceof Uint8Array) expect(detectLegacy(latin1(encoded))?.encoding).toBe(enc);
  });

  it('needs more than one decoded word', () => {
    expect(detectLegacy('Hoäi')).toBeNull();
    expect(detectLegacy('Œ')).toBeNull();
    expect(detectLegacy('Hoäi ñoàng')?.encoding).toBe('vni');
  });

  it('detects the documented VNI example, in capitals too', () => {
    expect(detectLegacy('Hoäi ñoàng nhaân daân')?.encoding).toBe('vni');
    expect(detectLegacy('HOÄI ÑOÀNG NHAÂN DAÂN')?.encoding).toBe('vni');
  });

  it('detects TCVN3 that was re-encoded as UTF-8 bytes (mojibake)', () => {
    const mojibake = latin1(encodeTcvn3('Ủy ban nhân dân tỉnh Thanh Hóa'));
    expect(detectLegacy(new TextEncoder().encode(mojibake))?.encoding).toBe('tcvn3');
  });

  it('detects cp1258 written with precomposed letters where they exist', () => {
    expect(detectLegacy(encodeCp1258(SENTENCES[2] as string, true))?.encoding).toBe('cp1258');
  });

  const unicode = [
    ...SENTENCES,
    'Hà Nội? Đà Nẵng. Tôi là ai, hoà bình có ý kiến rõ ràng, mã số đã có.',
    'Tôi là ai',
    'Thủ tướng Chính phủ ký Nghị định số 10/2020/NĐ-CP.',
  ];

  it.each(unicode)('null for Unicode NFC / NFD / UTF-8 bytes: %s', (s) => {
    expect(detectLegacy(s)).toBeNull();
    expect(detectLegacy(s.normalize('NFD'))).toBeNull();
    expect(detectLegacy(new TextEncoder().encode(s))).toBeNull();
    expect(detectLegacy(s.toUpperCase())).toBeNull();
  });

  it.each([
    '',
    '   \n\t ',
    'Hello world',
    "I'm going to the store at 10 a.m. today. Don't worry, it's fine!",
    'The committee met on Monday (see p. 4) to discuss e.g. the budget?',
    'UBND HĐND TP.HCM 2020',
    '1+1=2; x^2 + y^2 = z^2.',
    'Ça va très bien, à bientôt.',
  ])('null for %j', (s) => {
    expect(detectLegacy(s)).toBeNull();
    expect(detectLegacy(new TextEncoder().encode(s))).toBeNull();
  });
});

describe('legacy: errors', () => {
  it('rejects an unknown encoding with a TypeError that shows it', () => {
    expect(() => decodeLegacy('x', 'utf8' as LegacyEncoding)).toThrow(TypeError);
    expect(() => decodeLegacy('x', 'utf8' as LegacyEncoding)).toThrow(
      'vn-admin-ner: decodeLegacy() encoding must be one of tcvn3, vni, viqr, cp1258, got "utf8"',
    );
    expect(() => decodeLegacy('x', 'TCVN3' as LegacyEncoding)).toThrow(/^vn-admin-ner: .*got "TCVN3"$/);
    expect(() => decodeLegacy('x', undefined as unknown as LegacyEncoding)).toThrow(/got undefined$/);
    expect(() => decodeLegacy('x', 3 as unknown as LegacyEncoding)).toThrow(/got number 3$/);
  });

  it('rejects a wrong input type with a TypeError that shows it', () => {
    expect(() => decodeLegacy(42 as unknown as string, 'vni')).toThrow(TypeError);
    expect(() => decodeLegacy(42 as unknown as string, 'vni')).toThrow(
      /^vn-admin-ner: decodeLegacy\(\) input must be a string or a Uint8Array, got number 42$/,
    );
    expect(() => decodeLegacy(null as unknown as string, 'vni')).toThrow(/got null$/);
    expect(() => detectLegacy([1, 2] as unknown as string)).toThrow(/^vn-admin-ner: detectLegacy\(\) .*got \[object Array\]$/);
    expect(() => detectLegacy(new ArrayBuffer(2) as unknown as string)).toThrow(TypeError);
  });
});

describe('legacy: properties', () => {
  const anyInput = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: fc.constantFrom(...'aeiouydđAEIOUD ^(+\'`?~.\\ñÑöôäâùøûõïé¸µ®©«'.split('')), maxLength: 40 }),
    fc.uint8Array({ maxLength: 80 }),
  );

  it('decodeLegacy never throws and always returns NFC', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom(...ENCODINGS), (input, enc) => {
        const out = decodeLegacy(input, enc);
        expect(typeof out).toBe('string');
        expect(out).toBe(out.normalize('NFC'));
      }),
      { numRuns: 2000 },
    );
  });

  it('detectLegacy never throws and returns null or a known encoding with confidence in [0, 1]', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const d = detectLegacy(input);
        if (d !== null) {
          expect(ENCODINGS).toContain(d.encoding);
          expect(d.confidence).toBeGreaterThan(0.5);
          expect(d.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('detectLegacy returns null for arbitrary Unicode strings without legacy mark characters', () => {
    // Anything that contains none of the characters a legacy encoding uses
    // as a mark or letter (no C0 controls, which TCVN3 uses for capitals, no
    // Latin-1 above 0x7F and no VIQR marks).
    const clean = fc
      .string({ unit: 'grapheme', maxLength: 60 })
      .map((s) => s.replace(/[\u0000-\u001f\u007f-\u00ff^(+'`?~.\\]/g, ''));
    fc.assert(
      fc.property(clean, (s) => {
        expect(detectLegacy(s)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  const syllables = [
    'hội', 'đồng', 'nhân', 'dân', 'huyện', 'ủy', 'ban', 'tỉnh', 'thanh', 'hóa', 'hoà', 'quyết', 'định',
    'số', 'ngày', 'tháng', 'năm', 'của', 'chủ', 'tịch', 'nghệ', 'an', 'sở', 'giáo', 'dục', 'và', 'đào',
    'tạo', 'thành', 'phố', 'hà', 'nội', 'bộ', 'tài', 'nguyên', 'môi', 'trường', 'tôi', 'là', 'ai', 'có',
    'ý', 'kiến', 'rõ', 'ràng', 'mã', 'đã', 'người', 'được', 'quyền', 'gì', 'ở', 'đâu', 'việt', 'nam',
    'xã', 'phường', 'thị', 'trấn', 'quận', 'khóm', 'ấp', 'bản', 'làng', 'nước', 'mới', 'ra', 'đời',
  ];

  it('detectLegacy returns null for arbitrary Unicode Vietnamese text (NFC or NFD)', () => {
    const word = fc.tuple(fc.constantFrom(...syllables), fc.boolean()).map(([w, cap]) =>
      cap ? (w[0] as string).toUpperCase() + w.slice(1) : w,
    );
    const text = fc.tuple(
      fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', ', ', '. ', '? ', '! ', '\n', ': ', ' – ')), {
        minLength: 1,
        maxLength: 25,
      }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(text, ([parts, nfd]) => {
        const s = parts.map(([w, sep]) => w + sep).join('');
        expect(detectLegacy(nfd ? s.normalize('NFD') : s)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('detectLegacy returns null for arbitrary plain English text', () => {
    const words = [
      'the', 'a', 'an', 'to', 'of', 'and', 'in', 'on', 'is', 'it', "it's", "I'm", "don't", 'you', "you're",
      'go', 'so', 'no', 'me', 'he', 'she', 'we', 'they', 'data', 'idea', 'store', 'a.m.', 'p.m.', 'e.g.',
      'i.e.', 'etc.', 'U.S.', 'Mr.', 'Dr.', 'OK', 'hello', 'world', 'budget', 'committee', 'report',
    ];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '. ', '? ', '! ')), {
      minLength: 1,
      maxLength: 25,
    });
    fc.assert(
      fc.property(text, (parts) => {
        expect(detectLegacy(parts.map(([w, sep]) => w + sep).join(''))).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('decoding what our test encoders produce gives the original back, for any Vietnamese text', () => {
    // One vowel letter per word, and đ only first: VNI and VIQR marks follow
    // their vowel, and VIQR reads dd as đ only where no vowel precedes it.
    const word = fc
      .tuple(
        fc.constantFrom('', 'b', 'ng', 'th', 'T', 'N', 'đ', 'Đ'),
        fc.constantFrom(...ALL_LETTERS.filter((l) => l !== 'đ' && l !== 'Đ')),
        fc.constantFrom('', 'n', 'c', 'ng', 'nh', 't', 'NG'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', '\n')), { maxLength: 20 }),
        fc.constantFrom(...ENCODINGS),
        (parts, enc) => {
          const s = parts.map(([w, sep]) => w + sep).join('');
          expect(decodeLegacy(encode(s, enc), enc)).toBe(s);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
