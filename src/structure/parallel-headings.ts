/**
 * Parallel headings: short lines of one shape that recur through an article, each with body text
 * between it and the next ("Part 1" … "Part 2" …, "Step 3: …", "7. Rams: …"). The shape is the
 * line's first word with a number after it, or a leading number with a period or bracket. A run
 * of such lines with nothing between them is a list, not parallel headings.
 * @module
 */

// "Part 2", "Day 14:", "Chapter IV —": a word, then an Arabic or Roman number, then the end of the
// line or a separator. Bounded: the word and the number are each one run of letters or digits.
const WORD_NUMBER = /^(\p{L}{1,20}) (?:\d{1,3}|[IVXLC]{1,7})(?:$|[\s:.—–-])/u;
// "2. Keep the receipts", "4) Ask for a refund".
const LEADING_NUMBER = /^\d{1,3}[.)] /u;

/** The shape a parallel heading shares with its siblings, or `null` when it has none. */
export function parallelShape(text: string): string | null {
  const m = WORD_NUMBER.exec(text);
  if (m !== null) return `${(m[1] as string).toLowerCase()} #`;
  return LEADING_NUMBER.test(text) ? '#.' : null;
}

/**
 * What the shape of a body unit says: `'heading'` for one of at least two heading candidates of
 * one shape, none of them next to another of that shape; `'item'` for a candidate next to one of
 * its own shape (a list: "Step 1" does not introduce "Step 2"); `null` otherwise.
 * `candidate[k]` says whether unit `k` could be a heading.
 */
export function parallelRoles(texts: readonly string[], candidate: readonly boolean[]): ('heading' | 'item' | null)[] {
  const shapes = texts.map((text, k) => (candidate[k] === true ? parallelShape(text) : null));
  const count = new Map<string, number>();
  for (const shape of shapes) if (shape !== null) count.set(shape, (count.get(shape) ?? 0) + 1);
  return shapes.map((shape, k) => {
    if (shape === null) return null;
    if (shapes[k - 1] === shape || shapes[k + 1] === shape) return 'item';
    return (count.get(shape) ?? 0) >= 2 ? 'heading' : null;
  });
}
