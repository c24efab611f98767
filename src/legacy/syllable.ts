/**
 * A structural check for one Vietnamese syllable: optional onset, a rhyme
 * from the closed list of Vietnamese rhymes, at most one tone, on the vowel
 * that carries it, and the rule that a syllable closed by a stop (-c, -ch,
 * -p, -t) carries only the acute or the dot-below tone. Used by
 * `detectLegacy()` to count how many words become Vietnamese after decoding. It accepts some syllables that no word
 * uses (`ím`), and it ignores the c/k/q and g/gh/ng/ngh spelling rules: it is
 * a filter, not a dictionary.
 *
 * Source: the onset and rhyme inventory of the Vietnamese orthography
 * (chữ Quốc ngữ), as listed in standard descriptions of the language.
 */

const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n',
  'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
];

const RHYMES = new Set(
  (
    'a ai ao au ay ac ach am an ang anh ap at ' +
    // ăk: the Central Highlands names Đắk Lắk, Đắk Nông keep their k
    'ăc ăk ăm ăn ăng ăp ăt ' +
    'âc âm ân âng âp ât âu ây ' +
    'e eo ec em en eng ep et ' +
    'ê êch êm ên ênh êp êt êu ' +
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu ' +
    'o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăp oăt ' +
    'oe oec oem oen oeo oet oc oi om on ong op ot ooc oong ' +
    'ô ôc ôi ôm ôn ông ôp ôt ' +
    'ơ ơi ơm ơn ơp ơt ' +
    'u ua uân uâng uât uây uc uê uêch uênh uêt ui um un ung up ut ' +
    'uy uya uych uyên uyêt uynh uyp uyt uyu uôc uôi uôm uôn uông uôt uơ ' +
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu ' +
    // after qu-, the glide is written by the u: quy, quýt, quỳnh, quých, quyết
    'y ych ynh yt yêm yên yêng yêt yêu'
  ).split(' '),
);

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const STOP_RE = /(?:c|ch|k|p|t)$/;
/** Only these two tones may stand on a syllable closed by a stop consonant. */
const STOP_TONES = new Set(['', '\u0301', '\u0323']);
const VOWEL = 'aăâeêioôơuưy';
const QUALITY_VOWEL = 'ăâêôơư';

/**
 * May the tone stand on the vowel at `pos` of `rhyme`? The tone goes on the
 * vowel with a quality mark (the last one: ươ -> ơ), else on the last vowel
 * when a consonant closes the rhyme, else on the middle one of three, else on
 * the first of two (mùa, tài); `oa`, `oe`, `uy` take it on either vowel
 * (hòa / hoà).
 */
function toneAllowed(rhyme: string, pos: number): boolean {
  const vowels: number[] = [];
  for (let i = 0; i < rhyme.length; i++) if (VOWEL.includes(rhyme[i] as string)) vowels.push(i);
  const last = vowels[vowels.length - 1];
  if (last === undefined) return false;
  if (vowels.length === 1) return pos === last;
  const quality = vowels.filter((i) => QUALITY_VOWEL.includes(rhyme[i] as string));
  const q = quality[quality.length - 1];
  if (q !== undefined) return pos === q;
  if (last < rhyme.length - 1) return pos === last;
  if (vowels.length === 3) return pos === vowels[1];
  if (rhyme === 'oa' || rhyme === 'oe' || rhyme === 'uy') return vowels.includes(pos);
  return pos === vowels[0];
}

/** Is `word` (any case, NFC or NFD) one well-formed Vietnamese syllable? */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 12) return false;
  let bare = '';
  let tone = '';
  let tonePos = -1;
  for (const ch of word.normalize('NFC').toLowerCase()) {
    let kept = '';
    for (const c of ch.normalize('NFD')) {
      if (!TONES.has(c)) kept += c;
      else if (tone !== '') return false;
      else {
        tone = c;
        tonePos = kept === '' ? bare.length - 1 : bare.length;
      }
    }
    bare += kept.normalize('NFC');
  }
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rhyme = bare.slice(onset.length);
    if (!RHYMES.has(rhyme)) continue;
    // "qu" already holds the glide /w/: a rhyme after it never starts with u.
    if (onset === 'qu' && rhyme.startsWith('u')) continue;
    if (STOP_RE.test(rhyme) && !STOP_TONES.has(tone)) continue;
    if (tone !== '' && !toneAllowed(rhyme, tonePos - onset.length)) continue;
    return true;
  }
  return false;
}
