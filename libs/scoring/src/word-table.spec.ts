import { NO_WORD_FACTS } from './risk/word-facts';
import { wordHashOf } from './text/word-tokens';
import { LANGUAGE_VOTE, rowHashOf, TONE_ID, WordTable } from './word-table';

const codesOf = (word: string) => Uint16Array.from(word, (character) => character.charCodeAt(0));

function add(table: WordTable, word: string, hash: number, toneId: number): number {
  return table.add(codesOf(word), 0, word.length, hash, toneId, NO_WORD_FACTS, 1);
}

function find(table: WordTable, word: string, hash: number): number {
  return table.find(codesOf(word), 0, word.length, hash);
}

describe('WordTable', () => {
  it('finds the words added, short ones kept in the row and long ones in the key pool', () => {
    const table = new WordTable(8);
    const words = ['gut', 'nicht', 'regierung', 'regierungschaos', 'bundesregierungssprecherin'];
    const rows = words.map((word, index) =>
      add(table, word, rowHashOf(wordHashOf(codesOf(word), 0, word.length)), index),
    );
    words.forEach((word, index) => {
      const row = find(table, word, rowHashOf(wordHashOf(codesOf(word), 0, word.length)));
      expect(row).toBe(rows[index]);
      expect(table.rows[row + TONE_ID]).toBe(index);
      expect(table.rows[row + LANGUAGE_VOTE]).toBe(1);
    });
    expect(find(table, 'regierungschao', rowHashOf(wordHashOf(codesOf('regierungschao'), 0, 14)))).toBe(-1);
  });

  it('tells apart words that share a hash, whatever their length', () => {
    const table = new WordTable(8);
    const sameHash = 12345;
    for (const [index, word] of ['abc', 'abd', 'abcdefghijklmn', 'abcdefghijklmo'].entries())
      add(table, word, sameHash, index);
    for (const [index, word] of ['abc', 'abd', 'abcdefghijklmn', 'abcdefghijklmo'].entries())
      expect(table.rows[find(table, word, sameHash) + TONE_ID]).toBe(index);
    expect(find(table, 'abe', sameHash)).toBe(-1);
  });

  it('takes no more words once three quarters of its rows are filled', () => {
    const table = new WordTable(8);
    let added = 0;
    for (let index = 0; index < 256; index++) if (add(table, `w${index}`, index + 1, 0) >= 0) added++;
    expect(added).toBe(192);
    expect(table.isFull).toBe(true);
  });
});
