/**
 * Short forms: a body or a person named again short after the text gave
 * them in full (GUIDELINES: `Hội` standing for the association; a name's
 * last syllable). The pass remembers what each span names in full
 * ({@link noteFullForm}); the rules `org.short-form` and `per.short-form`
 * read it.
 */
import { cont, isNameWord, nameRun, type EntityContext } from './context.js';
import { GENERIC, NOT_SHORT_FORM, PLURAL, SHORT_FORM_FIRST, SHORT_FORMS } from '../lexicon/vocabulary.js';
import { orgCore } from './organizations.js';
import { K_NUMBER } from '../doc/tokens.js';
import type { EntityType } from '../types.js';
import { startsPhrase } from './gates.js';

/** Remember what a span names in full: a body's type noun, a full name's last syllable. */
export function noteFullForm(ctx: EntityContext, type: EntityType, start: number, end: number): void {
  const { v } = ctx;
  if (type === 'ORG') {
    // `Hội Nông dân xã`, `HND xã` (Hội Nông dân), `Ủy ban MTTQ`: the type noun it starts with
    const syl = v.syl(start);
    const first = syl[0] ?? '';
    const second = syl.length >= 2 ? syl[1] : end - start >= 2 ? v.syl(start + 1)[0] : undefined;
    // a two-word noun is looked up only after a word that starts one
    const two = second !== undefined && SHORT_FORM_FIRST.has(first) ? `${first} ${second}` : '';
    const head = SHORT_FORMS.has(two) ? two : SHORT_FORMS.has(first) ? first : '';
    // the body in full: more than its type noun (of one word, or of `two`)
    const words = syl.length + end - start - 1;
    if (head !== '' && words > (head === two ? 2 : 1)) ctx.heads!.add(head);
  } else if (type === 'PER' && end - start >= 2 && v.syllable(end - 1)) {
    ctx.given!.add(v.fold(end - 1));
  }
}

/**
 * A body named again by its type noun alone, capitalised, after the text
 * gave it in full (GUIDELINES: `Hội` standing for the association): `Hội đã
 * kết nạp` after `Hội Nông dân xã`; not `Hội nghị`, nor `các Hội`.
 */
export function parseShortBody(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  if (!v.cap(i) || v.abbrN[i] !== 0 || ctx.heads!.size === 0) return -1;
  const core = orgCore(ctx, i);
  if (!core || core.kind !== 'head' || !ctx.heads!.has(core.phrase)) return -1;
  const next = core.end;
  if (cont(ctx, next) && v.gap[next]! < 2 && (isNameWord(ctx, next) || NOT_SHORT_FORM.has(v.fold(next)))) return -1;
  // a count or a plural makes kinds of it: `các Hội đặc thù`, `23 Hội thành viên`
  const before = v.fold(i - 1);
  return GENERIC.has(before) || PLURAL.has(before) || v.kind[i - 1] === K_NUMBER ? -1 : next;
}

/** A full name's last syllable alone after the text gave the name (`Hưng` after `Trần Văn Hưng`): one capitalised word that starts no lexicon phrase. */
export function parseShortName(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  if (!ctx.given!.has(v.fold(i)) || !isNameWord(ctx, i) || nameRun(ctx, i, 2) !== i + 1 || isNameWord(ctx, i - 1)) return -1;
  return startsPhrase(ctx, i) ? -1 : i + 1;
}
