import { describe, expect, it } from 'vitest';
import { foldCode, hashFolded, WordTable } from '../src/text/word-table.js';

function intern(table: WordTable, text: string): number {
  return table.intern(text, 0, text.length, hashFolded(text, 0, text.length));
}

describe('WordTable', () => {
  it('gives a word one id whatever its case, and its lower-case string on demand', () => {
    const table = new WordTable(10);
    const id = intern(table, 'Rutte');
    expect(intern(table, 'RUTTE')).toBe(id);
    expect(intern(table, 'rutte')).toBe(id);
    expect(id).toBe(10);
    expect(table.wordOf(id)).toBe('rutte');
    expect(intern(table, 'Rute')).toBe(11);
  });

  it('finds a word inside a longer string without building it, and misses what it does not hold', () => {
    const table = new WordTable(1);
    const id = table.add('said');
    const text = 'She SAID no';
    expect(table.find(text, 4, 8, hashFolded(text, 4, 8))).toBe(id);
    expect(table.find(text, 9, 11, hashFolded(text, 9, 11))).toBe(-1);
    expect(table.size).toBe(1);
  });

  it('keeps every id through growth far past its first capacity', () => {
    const table = new WordTable(1, 4);
    const ids = Array.from({ length: 2000 }, (_, i) => intern(table, `Word${i}`));
    expect(new Set(ids).size).toBe(2000);
    for (let i = 0; i < 2000; i += 97) expect(intern(table, `WORD${i}`)).toBe(ids[i]);
    expect(table.wordOf(ids[1999] ?? 0)).toBe('word1999');
  });

  it('folds letters outside ASCII unit by unit', () => {
    const table = new WordTable(1);
    expect(intern(table, 'ÉLYSÉE')).toBe(intern(table, 'élysée'));
    expect(table.wordOf(1)).toBe('élysée');
    expect(foldCode(0x41)).toBe(0x61);
    expect(foldCode(0x2019)).toBe(0x2019);
  });
});
