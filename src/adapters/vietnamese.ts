/**
 * A cheap test for "is this text Vietnamese?", used by the compromise adapter
 * to decide whether to replace compromise's English entity tags with ours.
 *
 * Part of the adapter, not of the core: `src/index.ts` does not import it.
 */

/**
 * Marks only Vietnamese uses among the languages written in Latin script:
 * `đ`/`Đ`, the horn of `ơ`/`ư` (U+031B), the hook above of `ả`/`ẻ`/`ỏ`
 * (U+0309), the dot below of `ạ`/`ệ`/`ộ` (U+0323), and a circumflex or breve
 * stacked with a tone mark (`ấ`, `ề`, `ẵ`). Acute, grave and tilde alone
 * (`é`, `à`, `ã`), the circumflex alone (`ê`) and the breve alone (`ă`,
 * Romanian) are shared with French, Portuguese or Romanian and do not count.
 * Tested on the NFD form, so NFC and NFD input agree.
 */
const VIETNAMESE_ONLY = /[\u0110\u0111\u031B\u0309\u0323]|[\u0302\u0306][\u0300\u0301\u0303]/u;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** Share of words with a Vietnamese-only mark from which a text counts as Vietnamese. */
export const VIETNAMESE_WORD_SHARE = 0.15;

/**
 * Whether `text` is Vietnamese: at least 15% of its words (runs of letters)
 * carry a mark that only Vietnamese uses (`đ`, `ơ`, `ư`, hook above, dot
 * below, or a circumflex or breve with a tone mark, as in `ấ`).
 *
 * On the 74 gold documents of the project corpus that share is 50–80% per
 * document and at least 17% per sentence; English, French, Portuguese and
 * Romanian prose have none. An English sentence where a third of the words
 * are Vietnamese names (`Nguyễn Phú Trọng met Joe Biden in Hà Nội.`) counts as
 * Vietnamese; a text with no such mark (`UBND xã`) does not.
 *
 * @example
 * ```ts
 * isVietnamese('Chủ tịch UBND huyện phát biểu.'); // true
 * isVietnamese('The mayor of Paris spoke.');      // false
 * isVietnamese('Le café est très bon.');          // false
 * ```
 */
export function isVietnamese(text: string): boolean {
  const words = text.normalize('NFD').match(WORD);
  if (!words) return false;
  let marked = 0;
  for (const w of words) if (VIETNAMESE_ONLY.test(w)) marked++;
  return marked > 0 && marked / words.length >= VIETNAMESE_WORD_SHARE;
}
