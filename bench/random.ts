/**
 * A seeded pseudo-random source shared by the generative shape search (`grammar.ts`) and the
 * sampling scripts (`scripts/short-blocks.ts`, `scripts/gender-sample.ts`), so a seed names the same draw everywhere.
 * @module
 */

/** A deterministic pseudo-random source in [0, 1): mulberry32. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
