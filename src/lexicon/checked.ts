/**
 * Building lexicon sets and maps that reject data bugs at module load: a `Set` literal would
 * silently drop a duplicate, so a typo'd or repeated entry would go unnoticed. These throw
 * instead, and the test suite imports every lexicon, so such a bug never reaches a release.
 * @module
 */

/** A frozen-in-practice set of `items`; throws on a blank, padded, duplicate or (with `lowercase`) capitalised entry. */
export function checkedSet(name: string, items: readonly string[], lowercase = false): ReadonlySet<string> {
  const set = new Set<string>();
  for (const item of items) {
    if (item.trim() === '' || item !== item.trim()) throw new Error(`${name}: blank or padded entry "${item}"`);
    if (lowercase && item !== item.toLowerCase()) throw new Error(`${name}: non-lowercase entry "${item}"`);
    if (set.has(item)) throw new Error(`${name}: duplicate entry "${item}"`);
    set.add(item);
  }
  return set;
}

/** A map of `entries`; throws on a blank, padded or duplicate key. */
export function checkedMap<V>(name: string, entries: readonly (readonly [string, V])[]): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const [key, value] of entries) {
    if (key.trim() === '' || key !== key.trim()) throw new Error(`${name}: blank or padded key "${key}"`);
    if (map.has(key)) throw new Error(`${name}: duplicate key "${key}"`);
    map.set(key, value);
  }
  return map;
}
