import { describe, expect, it } from 'vitest';
import { foldCode, hashFolded, WordTable } from '../src/text/word-table.js';

/** A table over `text` with every word of it interned in order; returns the table and the ids. */
function tableOf(text: string, base = 1, capacity?: number): { table: WordTable; ids: number[] } {
  const table = new WordTable(text, base, capacity);
  const ids: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    ids.push(table.intern(start, end, hashFolded(text, start, end)));
  }
  return { table, ids };
}

describe('WordTable', () => {
  it('gives a word one id whatever its case, and its lower-case string on demand', () => {
    const { table, ids } = tableOf('Rutte RUTTE rutte Rute', 10);
    expect(ids).toEqual([10, 10, 10, 11]);
    expect(table.wordOf(10)).toBe('rutte');
    expect(table.size).toBe(2);
  });

  it('finds a word of another string without building it, and misses what it does not hold', () => {
    const { table, ids } = tableOf('said');
    const text = 'She SAID no';
    expect(table.find(text, 4, 8, hashFolded(text, 4, 8))).toBe(ids[0]);
    expect(table.find(text, 9, 11, hashFolded(text, 9, 11))).toBe(-1);
    expect(table.size).toBe(1);
  });

  it('keeps every id through growth far past its first capacity', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `Word${i}`);
    const { table, ids } = tableOf(`${words.join(' ')} ${words.map((w) => w.toUpperCase()).join(' ')}`, 1, 4);
    expect(new Set(ids.slice(0, 2000)).size).toBe(2000);
    expect(ids.slice(2000)).toEqual(ids.slice(0, 2000));
    expect(table.wordOf(ids[1999] ?? 0)).toBe('word1999');
  });

  it('folds letters outside ASCII unit by unit', () => {
    const { table, ids } = tableOf('ÉLYSÉE élysée');
    expect(ids[0]).toBe(ids[1]);
    expect(table.wordOf(ids[0] ?? 0)).toBe('élysée');
    expect(foldCode(0x41)).toBe(0x61);
    expect(foldCode(0x2019)).toBe(0x2019);
  });
});
