/**
 * The grammar's word tables, as the rules use them. Every word comes from
 * `dict/` through the modules `scripts/build-dict.ts` generates; the tables
 * that several rules share a vocabulary for are derived here, once, at module
 * load, so that each word is written in one place:
 *
 * - `dict/place-types.tsv` is the one place-type vocabulary: the type words
 *   with the unit levels they name, their Party committees and the flags of
 *   the subsets some rules take (`org-level`, `after-cap`).
 *
 * The rules import their tables from here and hold no word lists of their own.
 */
import { PLACE_TYPES, type UnitLevel } from './generated/placeTypes.js';

/** What a unit type word or a committee says about the unit it names: its levels and unit types. */
export interface PlaceKind {
  levels: UnitLevel[];
  types: string[];
}

/**
 * Unit type words and committees -> the unit they name (src/resolve/places.ts):
 * `huyện` and `huyện ủy` name a district of type huyện; `thành phố` and
 * `thành ủy` a province or a district of type thành phố. From the rows of
 * `dict/place-types.tsv` with units.
 */
export const KIND_ROWS: Readonly<Record<string, PlaceKind>> = kindRows();

function kindRows(): Record<string, PlaceKind> {
  const rows: Record<string, PlaceKind> = {};
  for (const [type, , units, committee] of PLACE_TYPES) {
    if (units.length === 0) continue;
    rows[type] = { levels: [...units], types: [type] };
    if (committee) rows[committee] = { levels: [...units], types: [type] };
  }
  return rows;
}

/**
 * Level words and committees that name one level of unit, for an organisation
 * named by its level alone (`HĐND huyện`, `Huyện ủy` -> district;
 * src/resolve/places.ts). From the rows flagged `org-level`, whose units are
 * their own level only (the build checks it).
 */
export const LEVEL_ROWS: Readonly<Record<string, UnitLevel>> = levelRows();

function levelRows(): Record<string, UnitLevel> {
  const rows: Record<string, UnitLevel> = {};
  for (const [type, , units, committee, flags] of PLACE_TYPES) {
    const unit = units[0];
    if (!flags.includes('org-level') || unit === undefined) continue;
    rows[type] = unit;
    if (committee) rows[committee] = unit;
  }
  return rows;
}

/** Party committees named by their level: an ORG even in lower case (`huyện ủy`; src/recognize/organizations.ts). */
export const COMMITTEES: ReadonlySet<string> = new Set(PLACE_TYPES.map((r) => r[3]).filter((c) => c !== ''));
