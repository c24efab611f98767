/**
 * Categories of abbreviations in `dict/abbreviations.tsv`.
 * - `party`: Party bodies and documents (HU, TU, ĐU, TTHU, BTV, UBKT, NQTW)
 * - `state`: state bodies (HĐND, UBND, QH, ministries and departments)
 * - `mass`: mass organisations (MTTQ, LĐLĐ, HND, ĐTN, CCB)
 * - `title`: titles and offices (PCT, UVBTV, TUV, ĐBQH) and degrees (ThS)
 * - `document`: document types (NQ, QĐ, CT, KH, BC), Decree 30/2020
 * - `program`: programmes and campaigns (NTM, OCOP, GPMB)
 * - `field`: sectors and fields (KT-XH, QP-AN, NN&PTNT)
 * - `place`: place types (TP, TX)
 * - `address`: forms of address (đ/c)
 * - `media`: news agencies and media bodies (TTXVN)
 * - `general`: everything else (HTX, DN, BHYT)
 */
export const ABBREVIATION_CATEGORIES = [
  'party',
  'state',
  'mass',
  'title',
  'document',
  'program',
  'field',
  'place',
  'address',
  'media',
  'general',
] as const;

export type AbbreviationCategory = (typeof ABBREVIATION_CATEGORIES)[number];
