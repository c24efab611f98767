/**
 * The gazetteer: Vietnam's administrative units of both eras (before and
 * after the 1 July 2025 reform) with their official codes. Provinces and
 * districts come with every entry point; communes come from a separate
 * module that `vn-admin-ner/lite` leaves out.
 */
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
}

export interface Gazetteer {
  /** folded name -> units */
  byName: Map<string, GazetteerUnit[]>;
  /** `${level}:${code}` -> units (one per era when a code was reused) */
  byCode: Map<string, GazetteerUnit[]>;
}

const TYPES: Record<string, string> = { x: 'xã', p: 'phường', t: 'thị trấn', d: 'đặc khu' };
const ERAS: Record<string, Era> = { '0': 'pre-2025', '1': 'post-2025', '2': 'both' };

function add(g: Gazetteer, u: GazetteerUnit): void {
  // names in dict/ are already canonical (the build checks): lower case is the fold
  const key = u.name.toLowerCase();
  const list = g.byName.get(key);
  if (list) list.push(u);
  else g.byName.set(key, [u]);
  const ck = `${u.level}:${u.code}`;
  const c = g.byCode.get(ck);
  if (c) c.push(u);
  else g.byCode.set(ck, [u]);
}

/** Build a gazetteer from the compiled data (`communes`: the compact module, or none). */
export function buildGazetteer(communes?: string): Gazetteer {
  const g: Gazetteer = { byName: new Map(), byCode: new Map() };
  const provinceOfDistrict = new Map<string, string>();
  for (const [name, type, level, code, parent, era] of places()) {
    if (level === 'district') provinceOfDistrict.set(code, parent);
    add(g, {
      name,
      type,
      level: level as PlaceLevel,
      code,
      parent,
      province: level === 'province' ? code : parent,
      era: era as Era,
    });
  }
  if (communes) {
    let at = 0;
    while (at < communes.length) {
      let nl = communes.indexOf('\n', at);
      if (nl < 0) nl = communes.length;
      const [name, t, code, parent, province, e] = communes.slice(at, nl).split('|');
      at = nl + 1;
      if (!name || !t || !code || parent === undefined || !province || !e) continue;
      add(g, { name, type: TYPES[t] ?? t, level: 'commune', code, parent, province, era: ERAS[e] ?? 'both' });
    }
  }
  return g;
}
