/**
 * The gazetteer: Vietnam's administrative units of both eras (before and
 * after the 1 July 2025 reform) with their official codes. Provinces and
 * districts come with every entry point; communes come from a separate
 * module that `vn-admin-ner/lite` leaves out.
 */
import { CommuneTable, type CompactCommunes } from './communes-codec.js';
import { places } from './generated/places.js';

export type PlaceLevel = 'province' | 'district' | 'commune';
export type Era = 'pre-2025' | 'post-2025' | 'both';

export interface GazetteerUnit {
  name: string;
  /** unit type word: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu */
  type: string;
  level: PlaceLevel;
  code: string;
  /** the unit above: the district for a pre-2025 commune, the province otherwise ('' for a province) */
  parent: string;
  /** the province code */
  province: string;
  era: Era;
  /** `${level}:${code}`, and the keys of `district:${parent}` (communes; '' otherwise) and `province:${province}` ('' for a province): made once, read by linking for every document */
  key: string;
  districtKey: string;
  provinceKey: string;
}

/** A unit with its keys. */
function unit(name: string, type: string, level: PlaceLevel, code: string, parent: string, province: string, era: Era): GazetteerUnit {
  const districtKey = level === 'commune' ? `district:${parent}` : '';
  return { name, type, level, code, parent, province, era, key: `${level}:${code}`, districtKey, provinceKey: level === 'province' ? '' : `province:${province}` };
}

export interface Gazetteer {
  /** The units named `name` (folded), provinces and districts first, each list in the data's order. */
  named(name: string): readonly GazetteerUnit[] | undefined;
  /** `${level}:${code}` -> units (one per era when a code was reused), for provinces and districts */
  byCode: Map<string, GazetteerUnit[]>;
}

const TYPES: Record<string, string> = { x: 'xã', p: 'phường', t: 'thị trấn', d: 'đặc khu' };
const ERAS: Record<string, Era> = { '0': 'pre-2025', '1': 'post-2025', '2': 'both' };

/**
 * Folded name -> its units; a commune is its row number in the compact
 * commune data until a text names it, then its unit (13,000 lines, few of
 * them ever named: their objects are not built up front).
 */
type Names = Map<string, (GazetteerUnit | number)[]>;

function addName(names: Names, key: string, u: GazetteerUnit | number): void {
  const list = names.get(key);
  if (list) list.push(u);
  else names.set(key, [u]);
}

/** The commune of row `r` of the compact data. */
function communeAt(communes: CommuneTable, r: number): GazetteerUnit {
  const [name, t, code, parent, province, e] = communes.row(r);
  return unit(name, TYPES[t] ?? t, 'commune', code, parent, province, ERAS[e] ?? 'both');
}

/** Index the compact commune data by folded name. */
function indexCommunes(names: Names, communes: CommuneTable): void {
  for (let r = 0; r < communes.size; r++) addName(names, communes.foldedName(r), r);
}

/** Build a gazetteer from the compiled data (`communes`: the compact module, or none). */
export function buildGazetteer(compact?: CompactCommunes): Gazetteer {
  const communes = compact && new CommuneTable(compact);
  const names: Names = new Map();
  const byCode = new Map<string, GazetteerUnit[]>();
  for (const [name, type, level, code, parent, era] of places()) {
    const u = unit(name, type, level as PlaceLevel, code, parent, level === 'province' ? code : parent, era as Era);
    addName(names, name.toLowerCase(), u);
    const c = byCode.get(u.key);
    if (c) c.push(u);
    else byCode.set(u.key, [u]);
  }
  if (communes) indexCommunes(names, communes);
  const named = (name: string): readonly GazetteerUnit[] | undefined => {
    const list = names.get(name);
    if (!list || !communes || list.every((u) => typeof u !== 'number')) return list as GazetteerUnit[] | undefined;
    const units = list.map((u) => (typeof u === 'number' ? communeAt(communes, u) : u));
    names.set(name, units);
    return units;
  };
  return { named, byCode };
}
