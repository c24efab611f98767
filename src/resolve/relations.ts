/**
 * Who holds which office: people and their roles from the genre's patterns.
 *
 * - `đ/c NAME- ROLE- ROLE ORG; …` and `NAME, ROLE ORG, ROLE ORG`: a chain of
 *   roles after a name, joined by `-`, `,`, `:` (or `kiêm`), belongs to it;
 * - `ROLE ORG NAME` (`Giám đốc Sở Y tế Nguyễn Văn An`): a chain that no name
 *   owns yet belongs to the name right after it;
 * - an organisation right after a title is the title's (`Bí thư [HU]`).
 * A chain ends at `;`, `.`, a blank line, or any other word.
 */
import type { Entity, Person, PersonRole } from '../types.js';
import type { EntityContext } from '../recognize/context.js';
import type { TokenSpan } from '../recognize/entities.js';
import { K_PUNCT } from '../doc/tokens.js';

const SEP_PUNCT = new Set(['-', ',', ':', '–']);
const SEP_WORDS = new Set(['kiêm', 'đồng chí', 'đ/c', 'ông', 'bà', 'là']);

type Link = 'adjacent' | 'sep' | 'far' | 'break';

function link(ctx: EntityContext, from: number, to: number): Link {
  const { v } = ctx;
  let kind: Link = 'adjacent';
  for (let k = from; k < to; k++) {
    if (v.gap[k] === 3) return 'break';
    if (v.kind[k] === K_PUNCT) {
      const p = v.surface(k);
      if (SEP_PUNCT.has(p)) kind = 'sep';
      else if (p === ';' || p === '.' || p === '!' || p === '?') return 'break';
      else return 'far';
      continue;
    }
    const fold = v.fold(k);
    const two = k + 1 < to ? `${fold} ${v.fold(k + 1)}` : '';
    if (SEP_WORDS.has(two)) {
      kind = 'sep';
      k++;
      continue;
    }
    if (SEP_WORDS.has(fold) || (v.abbrN[k]! > 0 && v.abbr(k).category === 'address')) {
      kind = 'sep';
      continue;
    }
    return 'far';
  }
  if (v.has(to) && v.gap[to] === 3) return 'break';
  return kind;
}

/**
 * Build people from entities (`spans` and `entities` are parallel, sorted).
 * One person per distinct normalised name; their roles in order of mention.
 */
export function buildPeople(ctx: EntityContext, spans: TokenSpan[], entities: Entity[]): Person[] {
  const byName = new Map<string, Person>();
  const order: Person[] = [];
  let current: Person | null = null;
  let pending: PersonRole[] = [];
  const personFor = (e: Entity): Person => {
    const key = e.normalized.toLowerCase();
    let p = byName.get(key);
    if (!p) {
      p = { name: e, roles: [] };
      byName.set(key, p);
      order.push(p);
    }
    return p;
  };
  const addRole = (p: Person, r: PersonRole): void => {
    const key = `${r.title.normalized.toLowerCase()}|${r.organization?.normalized.toLowerCase() ?? ''}`;
    if (!p.roles.some((x) => `${x.title.normalized.toLowerCase()}|${x.organization?.normalized.toLowerCase() ?? ''}` === key)) p.roles.push(r);
  };
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const prev = spans[k - 1];
    const l: Link = prev ? link(ctx, prev.end, s.start) : 'break';
    if (l === 'break' || l === 'far') {
      current = null;
      pending = [];
    }
    if (s.type === 'PER') {
      const p = personFor(entities[k]!);
      if (pending.length > 0 && (l === 'adjacent' || l === 'sep')) for (const r of pending) addRole(p, r);
      pending = [];
      current = p;
      continue;
    }
    if (s.type === 'ROLE') {
      const role: PersonRole = { title: entities[k]! };
      const next = spans[k + 1];
      if (next && next.type === 'ORG' && link(ctx, s.end, next.start) === 'adjacent') {
        role.organization = entities[k + 1]!;
        k++;
      }
      if (current) addRole(current, role);
      else pending.push(role);
      continue;
    }
    // an organisation or place of its own ends a chain
    current = null;
    pending = [];
  }
  return order;
}
