import { charNgrams, forEachCharNgramHash } from './char-ngrams';
import { tokenise } from './tokenise';

describe('tokenise', () => {
  it('keeps committee terms whole', () => {
    const words = tokenise('政协委员通过界别提交社情民意信息');
    expect(words).toEqual(expect.arrayContaining(['政协委员', '界别', '社情民意信息']));
  });

  it('drops punctuation and spaces', () => {
    expect(tokenise('停车难, 怎么办?')).not.toEqual(expect.arrayContaining([',', ' ', '?']));
  });
});

describe('charNgrams', () => {
  it('lists n-grams for each size in range', () => {
    expect(charNgrams('政协委员', 2, 3)).toEqual(['政协', '协委', '委员', '政协委', '协委员']);
  });

  it('gives nothing for a text shorter than n', () => {
    expect(charNgrams('政', 2, 2)).toEqual([]);
  });

  it('hashes the same n-grams it would list', () => {
    const hashes: number[] = [];
    forEachCharNgramHash('政协委员', 2, 3, 0, (hash) => hashes.push(hash));
    expect(hashes).toHaveLength(5);
    expect(new Set(hashes).size).toBe(5);
  });
});
