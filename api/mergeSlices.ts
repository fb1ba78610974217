// Joins the per-domain halves of one table (the contract's call slices, the router's handler
// modules) into the whole, typed as the intersection of its parts. A key in two parts would
// be overwritten silently by the spread, so it is refused at load instead.

/** `A | B` → `A & B`: the one object that has every part's keys. */
export type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

/** The parts' keys in one object; throws when two parts declare the same key. */
export function mergeSlices<N extends Record<string, object>>(parts: N): UnionToIntersection<N[keyof N]> {
  const whole: Record<string, unknown> = {};
  for (const [partName, part] of Object.entries(parts)) {
    for (const [key, value] of Object.entries(part)) {
      if (Object.prototype.hasOwnProperty.call(whole, key)) throw new Error(`${key} is declared twice (again in ${partName})`);
      whole[key] = value;
    }
  }
  return whole as UnionToIntersection<N[keyof N]>;
}
