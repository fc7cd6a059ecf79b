import { KeyFilter } from './key-filter';

describe('KeyFilter', () => {
  const keys = Array.from({ length: 5000 }, (_, index) => `wort${index}`);
  const filter = new KeyFilter(keys, keys.length);

  it('may have every key it was built with', () => {
    expect(keys.every((key) => filter.mayHave(key))).toBe(true);
  });

  it('rules out nearly every other key', () => {
    const absent = Array.from({ length: 10_000 }, (_, index) => `anderes${index}`);
    const passed = absent.filter((key) => filter.mayHave(key)).length;
    expect(passed / absent.length).toBeLessThan(0.03);
  });
});
