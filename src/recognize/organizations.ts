/**
 * Organisations (GUIDELINES layer 1, rules 2–6): a type noun or a body name,
 * then what names *which* body it is: a field (`Sở Y tế`), a level with its
 * place (`UBND tỉnh Nam Định`, `HĐND cấp xã`), a parent body
 * (`Ban Tuyên giáo Tỉnh ủy`, `Thường trực HĐND huyện`), a proper name
 * (`Huyện ủy Mỹ Lộc`, `Báo Bạc Liêu`). Quantifiers and terms stay out
 * (`HĐND các cấp`, `khóa X`).
 */
import type { OrgKind } from '../lexicon/entities.js';
import { cont, isNameWord, isPunct, knownPlace, longest, nameRun, personLike, type EntityContext } from './context.js';
import { K_NUMBER, K_PUNCT } from '../doc/tokens.js';
import { isUpperCode } from '../doc/chars.js';
import { parseAbbreviatedPlace } from './places.js';
import {
  COMMITTEES,
  DESCRIBED,
  DESCRIBED_LOWER,
  GENERIC,
  INSTITUTIONS,
  LEVEL_AFTER_CAP,
  LEVEL_LEAD,
  LOWER_OK,
  NOT_YOUTH,
  PREDICATE,
  TOP,
} from '../lexicon/vocabulary.js';

/** Punctuation after which a token starts a sentence. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', '"', '“', '(', '-', '…']);

/** The syllables of tokens [from, to) joined by spaces. */
function phraseOf(ctx: EntityContext, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    for (const s of ctx.v.syl(k)) out = out === '' ? s : `${out} ${s}`;
  }
  return out;
}

/** The folded surfaces of tokens [from, to) joined by spaces (fewer at the text end). */
function foldsOf(ctx: EntityContext, from: number, to: number): string {
  const parts: string[] = [];
  for (let k = from; k < to && k < ctx.v.n; k++) parts.push(ctx.v.fold(k));
  return parts.join(' ');
}

export interface OrgMatch {
  end: number;
  kind: OrgKind;
  phrase: string;
  specific: boolean;
}

/** The core of an organisation name at i: a lexicon phrase, or an abbreviation naming a body. */
export function orgCore(ctx: EntityContext, i: number): { end: number; kind: OrgKind; phrase: string } | null {
  const { v } = ctx;
  if (!v.has(i)) return null;
  const m = longest(ctx, ctx.lex.orgs, i);
  if (v.abbrN[i]! > 0) {
    const syl = v.syl(i);
    // an abbreviation whose expansion starts with a body name is that body (`TTHU`, `UBKT`)
    let node = ctx.lex.orgs;
    let kind: OrgKind | undefined;
    let used = 0;
    for (let k = 0; k < syl.length; k++) {
      const next = node.next.get(syl[k]!);
      if (!next) break;
      node = next;
      if (node.value !== undefined) {
        kind = node.value;
        used = k + 1;
      }
    }
    const rest = syl.length - used;
    // `HTX` is only a type (hợp tác xã); `SYT` (Sở Y tế) names one; `ĐVTN` (đoàn viên…) is no body
    const ok =
      kind !== undefined &&
      kind !== 'field' &&
      (kind === 'body' || kind === 'custom' || (kind === 'head' && rest > 0) || rest === 0);
    if (ok && (!m || m.end <= i + 1)) {
      return { end: i + 1, kind: kind === 'head' && rest === 0 ? 'head' : kind === 'head' ? 'body' : kind!, phrase: syl.join(' ') };
    }
  }
  if (!m) return null;
  return { end: m.end, kind: m.value, phrase: phraseOf(ctx, i, m.end) };
}

/** A level word at j (`huyện`, `cấp xã`, `Trung ương`, `Khối các cơ quan`): returns its end and level, or null. */
export function levelAt(ctx: EntityContext, j: number): { end: number; level: string } | null {
  const { v } = ctx;
  if (!cont(ctx, j)) return null;
  const pt = longest(ctx, ctx.lex.placeTypes, j);
  const fold = v.fold(j);
  if (pt && (pt.value === 'province' || pt.value === 'district' || pt.value === 'commune')) return { end: pt.end, level: pt.value };
  // a place written as one abbreviation, type and name: Sở Y tế TPHCM
  if (v.abbrN[j] === 1 && parseAbbreviatedPlace(ctx, j) > j) return { end: j + 1, level: 'named' };
  if (LEVEL_LEAD.has(fold)) {
    if (cont(ctx, j + 1)) {
      if (v.has(j + 2) && LEVEL_AFTER_CAP.has(`${v.fold(j + 1)} ${v.fold(j + 2)}`)) return { end: j + 3, level: 'level' };
      if (LEVEL_AFTER_CAP.has(v.fold(j + 1))) return { end: j + 2, level: 'level' };
    }
    return null;
  }
  if (v.abbrN[j]! > 0 && v.syl(j).join(' ') === 'trung ương') return { end: j + 1, level: 'centre' };
  if (fold === 'trung' && v.fold(j + 1) === 'ương') return { end: j + 2, level: 'centre' };
  if (fold === 'khối') {
    // Đảng ủy Khối các cơ quan tỉnh, Khối Doanh nghiệp
    const words = foldsOf(ctx, j + 1, j + 4);
    if (words === 'các cơ quan') {
      const after = levelAt(ctx, j + 4);
      return { end: after ? after.end : j + 4, level: 'bloc' };
    }
    if (words.startsWith('doanh nghiệp')) return { end: j + 3, level: 'bloc' };
    if (!isNameWord(ctx, j + 1)) return { end: j + 1, level: 'bloc' };
  }
  return null;
}

/**
 * A place name after a level word: capitalised. A name shaped like a
 * person's (`Trần Hợi`) is a place after a commune-level word, where units are
 * often named after people, and after higher levels only when known.
 */
export function placeNameAfter(ctx: EntityContext, j: number, level: string, home = true): number {
  const { v } = ctx;
  // after a place written as one abbreviation (`TPHCM`) the name is given
  if (level === 'named' || !cont(ctx, j) || v.gap[j]! >= 2) return j;
  // `tỉnh nhà`, `huyện nhà`: "our province"
  if (home && v.fold(j) === 'nhà' && v.gap[j]! <= 1 && level !== 'level') return j + 1;
  if (v.kind[j] === K_NUMBER && v.gap[j]! <= 1) return j + 1;
  const run = nameRun(ctx, j, 5, true);
  if (run === j) return placeAbbreviation(ctx, j) ? j + 1 : j;
  if (commonNounStart(ctx, j, run)) return j;
  // in capitals (a headline) only a known place: `ĐẢNG BỘ HUYỆN LẦN THỨ 12`
  if (v.caps(j)) return knownPlace(ctx, j, run) ? run : j;
  const named = nameAfterPlace(ctx, j, run);
  if (named < run) return named;
  if (!personLike(ctx, j, run) || knownPlace(ctx, j, run)) return run;
  const place = longest(ctx, ctx.lex.placeNames, j);
  if (place && place.end < run) return place.end;
  // wards, communes and streets are often named after people (`phường Trần
  // Hưng Đạo`), but right after a title the name is the holder's (`Chủ tịch
  // UBND xã Ngô Văn Tường`); a longer name only on one line (`xã Trà Tân\nChiều`)
  if (level === 'commune' && (run - j <= 2 || (!ctx.afterTitle && !lineBreakIn(ctx, j + 1, run)))) return run;
  return j;
}

/** An abbreviation of a place's proper name after its type word: `TP HCM` (Hồ Chí Minh). */
function placeAbbreviation(ctx: EntityContext, j: number): boolean {
  const { v } = ctx;
  if (v.abbrN[j] !== 1 || v.gap[j]! > 1) return false;
  const a = v.abbr(j);
  return a.category === 'place' && isUpperCode(a.expansion.charCodeAt(0));
}

/** Is there a line break before any token of [from, to)? */
function lineBreakIn(ctx: EntityContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.v.gap[k]! >= 2) return true;
  return false;
}

/**
 * A place name followed by a person's name in one capitalised run: where the
 * name starts (`UBND tỉnh Bạc Liêu | Phạm Văn Thiều`, `HĐND TP Hà Nội |
 * Phùng Thị Hồng Hà`, `Huyện ủy Mỹ Lộc | Trần Văn Hưng`), or `run` when the
 * run is one name. The place is a known one, or at least two syllables
 * before a full name of three or more (surname + name syllables), so that a
 * unit named after a person stays whole (`phường Lê Hồng Phong`).
 */
export function nameAfterPlace(ctx: EntityContext, j: number, run: number): number {
  if (run - j < 4) return run;
  const place = longest(ctx, ctx.lex.placeNames, j);
  if (place && place.end < run && place.end > j && run - place.end >= 2 && personLike(ctx, place.end, run)) return place.end;
  for (let k = j + 2; k <= run - 3; k++) {
    if (personLike(ctx, k, run)) return k;
  }
  return run;
}

/**
 * One capitalised syllable followed by a lower-case one on the same line is
 * a capitalised common noun starting a phrase (`Thông báo`, `Chương trình`,
 * `Quyết định`), not a place or a name, unless the gazetteer knows it.
 */
export function commonNounStart(ctx: EntityContext, j: number, run: number): boolean {
  if (run - j !== 1) return false;
  const { v } = ctx;
  if (!v.has(run) || v.gap[run]! > 1 || !v.syllable(run) || v.cap(run)) return false;
  return !knownPlace(ctx, j, run);
}

/**
 * Parse an organisation at i. `lowerHead` lets a lower-case type noun start
 * it (after a title: `Trưởng ban Tuyên giáo`).
 */
export function parseOrg(ctx: EntityContext, i: number, lowerHead = false, depth = 0): OrgMatch | null {
  const core = orgCore(ctx, i);
  if (!core) return null;
  const { v } = ctx;
  const cap = v.cap(i);
  const { kind, phrase } = core;
  if (kind === 'field') return null;
  const isAbbr = v.abbrN[i]! > 0;
  // capitalised `Đảng`, `Đoàn`, `Trung ương` stand for a body only in some uses
  if (kind === 'party') {
    if (!cap) return null;
    if (cont(ctx, core.end) && (v.fold(core.end) === 'viên' || v.fold(core.end) === 'viên,')) return null;
    return { end: core.end, kind, phrase, specific: true };
  }
  if (kind === 'youth') {
    if (!cap || isSentenceStart(ctx, i) || isNameWord(ctx, core.end) || NOT_YOUTH.has(v.fold(core.end))) return null;
    return { end: core.end, kind, phrase, specific: true };
  }
  if (kind === 'centre') {
    if (!cap && !isAbbr) return null;
    const prev = v.fold(i - 1);
    if (!(prev === 'của' || prev === 'thuộc' || prev === 'với')) return null;
    return { end: core.end, kind, phrase, specific: true };
  }
  if (!cap && !isAbbr && !lowerHead) {
    // lower case: only Party committees (`huyện ủy`) and multi-word bodies
    // (`ban thường vụ`), never after a quantifier (`các đảng bộ`)
    if (GENERIC.has(v.fold(i - 1))) return null;
    if (!COMMITTEES.has(phrase) && (core.end - i < 2 || !LOWER_OK.has(v.fold(i)))) return null;
    // a lower-case committee in a list of them is generic: các huyện ủy, thành ủy, thị ủy
    if (isPunct(ctx, i - 1, ',') || v.fold(i - 1) === 'và') {
      if (v.has(i - 2) && !v.cap(i - 2) && orgCore(ctx, i - 2)) return null;
    }
  }
  let end = core.end;
  // an abbreviation names a body (`UBKT`), except one of a bare type noun (`HTX`)
  let specific = (isAbbr && kind !== 'head') || kind === 'custom';
  // a steering committee named by its programme: Ban Chỉ đạo (Trung ương) (thực hiện) (các) Chương trình …
  if (phrase === 'ban chỉ đạo') {
    let j = end;
    const lvl0 = levelAt(ctx, j);
    if (lvl0 && lvl0.level === 'centre') j = lvl0.end;
    if (v.fold(j) === 'thực' && v.fold(j + 1) === 'hiện') j += 2;
    if (v.fold(j) === 'các') j++;
    if (v.fold(j) === 'chương' && v.fold(j + 1) === 'trình' && cont(ctx, j)) {
      const prog = longest(ctx, ctx.lex.programmes, j + 2);
      if (prog) {
        end = prog.end;
        specific = true;
      }
    }
  }
  let hasField = false;
  let hasScope = false;
  for (let guard = 0; guard < 12; guard++) {
    const j = end;
    if (!cont(ctx, j)) break;
    // two bodies joined by `&` share what follows: Văn phòng HĐND&UBND huyện
    if (isPunct(ctx, j, '&') && v.gap[j] === 0 && depth < 3) {
      const other = orgCore(ctx, j + 1);
      if (other && other.kind === 'body') {
        const p = parseOrg(ctx, j + 1, true, depth + 1);
        if (p) {
          end = p.end;
          specific = true;
          continue;
        }
      }
    }
    // a bracketed abbreviation inside a name: Ủy ban Kiểm tra (UBKT) Tỉnh ủy
    if (isPunct(ctx, j, '(') && v.abbrCount(j + 1) > 0 && isPunct(ctx, j + 2, ')')) {
      const after = depth < 3 && !TOP.has(phrase) ? parseOrg(ctx, j + 3, false, depth + 1) : null;
      if (after && orgCore(ctx, j + 3)?.kind !== 'head') {
        end = after.end;
        specific = true;
        continue;
      }
      const lvl = levelAt(ctx, j + 3);
      if (lvl) {
        end = placeNameAfter(ctx, lvl.end, lvl.level);
        specific = true;
        hasScope = true;
        continue;
      }
      break;
    }
    // field: Sở Y tế, Bộ Kế hoạch và Đầu tư, Phòng LĐTB&XH
    if (kind === 'head' && !hasField && !hasScope) {
      const f = longest(ctx, ctx.lex.fields, j, true);
      if (f) {
        end = f.end;
        hasField = true;
        specific = true;
        continue;
      }
      if (kind === 'head' && v.abbrN[j]! > 0 && fieldAbbreviation(ctx, j)) {
        end = j + 1;
        hasField = true;
        specific = true;
        continue;
      }
      // a descriptive name: one capitalised word, then lower-case words up to
      // a level, a body, punctuation or a word that starts the predicate
      // (Viện Nghiên cứu chiến lược Bộ Ngoại giao, Trung tâm Dịch vụ việc làm)
      if (DESCRIBED.has(phrase) && (v.cap(j) || DESCRIBED_LOWER.has(phrase)) && v.syllable(j) && !v.caps(j) && v.gap[j]! < 2 && !PREDICATE.has(v.fold(j))) {
        let k = j + 1;
        while (k < v.n && k - j <= 5) {
          if (v.gap[k]! >= 2 || !v.syllable(k) || v.cap(k) || PREDICATE.has(v.fold(k)) || levelAt(ctx, k)) break;
          // a lower-case body of two words or more (huyện ủy) is a parent, not part of the name
          const body = orgCore(ctx, k);
          if (body && body.kind === 'body' && body.end - k >= 2) break;
          k++;
        }
        if (k > j + 1 && k - j <= 5) {
          end = k;
          hasField = true;
          specific = true;
          continue;
        }
      }
    }
    // Việt Nam
    if (v.fold(j) === 'việt' && v.fold(j + 1) === 'nam' && v.cap(j)) {
      end = j + 2;
      specific = true;
      continue;
    }
    // a parent body: Ban Tuyên giáo Tỉnh ủy, Thường trực HĐND huyện, Ban Chấp hành Đảng bộ huyện
    if (!TOP.has(phrase) && depth < 3 && !hasScope) {
      const pc = orgCore(ctx, j);
      // a named parent of a type noun: Viện … Bộ Ngoại giao
      if (pc && pc.kind === 'head' && v.cap(j)) {
        const p = parseOrg(ctx, j, false, depth + 1);
        if (p && p.specific) {
          end = p.end;
          specific = true;
          hasScope = true;
          continue;
        }
      }
      const named = v.cap(j) || v.abbrN[j]! > 0;
      if (pc && (pc.kind === 'body' || pc.kind === 'party' || pc.kind === 'custom' || (pc.kind === 'centre' && named))) {
        if (named || COMMITTEES.has(pc.phrase) || (pc.kind === 'body' && pc.end - j >= 2)) {
          const p = parseOrg(ctx, j, true, depth + 1);
          if (p) {
            end = p.end;
            specific = true;
            hasScope = true;
            continue;
          }
          end = pc.end;
          specific = true;
          continue;
        }
      }
    }
    // level and place: huyện, tỉnh Nam Định, cấp xã, Trung ương, TP Hà Nội
    const lvl = levelAt(ctx, j);
    if (lvl && !hasScope) {
      end = placeNameAfter(ctx, lvl.end, lvl.level);
      specific = true;
      hasScope = true;
      continue;
    }
    // a proper name: Huyện ủy Mỹ Lộc, Báo Bạc Liêu, Đảng bộ xã ... (after level), Bệnh viện Đa khoa ...
    if (!hasScope && isNameWord(ctx, j)) {
      const run = nameRun(ctx, j, 6, true);
      if (commonNounStart(ctx, j, run)) break;
      // in a headline in capitals only a known place is a name (`HỘI NGHỊ` is no body)
      if (v.caps(j) && !knownPlace(ctx, j, run)) break;
      // schools, companies and hospitals are often named after people
      if (kind === 'head' && v.gap[j]! < 2 && INSTITUTIONS.has(phrase)) {
        end = run;
        specific = true;
        hasScope = true;
        continue;
      }
      // across a line break only an all-capital place closing a byline (`TTVH-TT-TT\nMỸ LỘC`)
      if (v.gap[j] === 2 && !(v.caps(j) && (!v.has(run) || v.gap[run]! >= 2))) break;
      if (!personLike(ctx, j, run) || knownPlace(ctx, j, run)) {
        end = run;
        specific = true;
        hasScope = true;
        continue;
      }
    }
    // an all-capital place after a line break in a byline: TTVH-TT-TT\nMỸ LỘC
    break;
  }
  if (kind === 'head' && !specific) return null;
  if (!cap && !isAbbr && !specific && !COMMITTEES.has(phrase) && !lowerHead) return null;
  return { end, kind, phrase, specific };
}

/** Is every abbreviation of token j a field, a programme or a general term? */
function fieldAbbreviation(ctx: EntityContext, j: number): boolean {
  const n = ctx.v.abbrCount(j);
  for (let k = 0; k < n; k++) {
    const c = ctx.v.abbr(j, k).category;
    if (c !== 'field' && c !== 'general' && c !== 'program') return false;
  }
  return true;
}

/** Is token i the first of a sentence (text start, after . ! ? : or a blank line)? */
export function isSentenceStart(ctx: EntityContext, i: number): boolean {
  if (i === 0) return true;
  if (ctx.v.gap[i]! >= 2) return true;
  return ctx.v.kind[i - 1] === K_PUNCT && SENTENCE_OPENERS.has(ctx.v.surface(i - 1));
}
