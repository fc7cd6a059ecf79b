/**
 * Bits per key: 16 bits and two probes per key let about one absent key in a hundred through (a Bloom filter's false
 * positive rate, (1 − e^(−2/16))²), and keep the filter of the German lexicon's 42,000 forms at 84 KB.
 */
const BITS_PER_KEY = 16;
/** Fibonacci multipliers (2^32 / golden ratio, and a second odd constant) that turn one hash into two probes. */
const FIRST_PROBE_MULTIPLIER = 0x9e3779b1;
const SECOND_PROBE_MULTIPLIER = 0x85ebca6b;

/** FNV-1a (published 32-bit constants) of a string's code units. */
function keyHash(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return hash;
}

/**
 * A Bloom filter over the keys of a large Map: `mayHave` false means the key is certainly not in the map. Most words a
 * scorer meets for the first time are in none of its lexicons, and a lookup in a Map of tens of thousands of strings
 * that finds nothing reads several cache lines spread over megabytes (bucket, entries, their key strings); the filter
 * answers from one or two lines of a few dozen kilobytes.
 */
export class KeyFilter {
  private readonly bits: Int32Array;
  private readonly shift: number;

  constructor(keys: Iterable<string>, keyCount: number) {
    const bitCountLog2 = Math.max(10, Math.ceil(Math.log2(Math.max(1, keyCount) * BITS_PER_KEY)));
    this.bits = new Int32Array(1 << (bitCountLog2 - 5));
    this.shift = 32 - bitCountLog2;
    for (const key of keys) {
      const hash = keyHash(key);
      this.set(Math.imul(hash, FIRST_PROBE_MULTIPLIER) >>> this.shift);
      this.set(Math.imul(hash, SECOND_PROBE_MULTIPLIER) >>> this.shift);
    }
  }

  /** Whether the key may be one of the filter's keys (false: it certainly is not). */
  mayHave(key: string): boolean {
    const hash = keyHash(key);
    return (
      this.isSet(Math.imul(hash, FIRST_PROBE_MULTIPLIER) >>> this.shift) &&
      this.isSet(Math.imul(hash, SECOND_PROBE_MULTIPLIER) >>> this.shift)
    );
  }

  private set(bit: number): void {
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  private isSet(bit: number): boolean {
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}
