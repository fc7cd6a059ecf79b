/** FNV-1a 32-bit offset basis (the published constant of the Fowler–Noll–Vo hash). */
export const FNV_OFFSET_BASIS = 0x811c9dc5;
/** FNV-1a 32-bit prime (published constant). */
const FNV_PRIME = 0x01000193;

/** One FNV-1a step: folds one UTF-16 unit into the hash. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** murmur3's fmix32 finalizer: FNV's low bits are weak, and buckets are the low bits, so they are mixed first. */
export function finalizeHash(hash: number): number {
  let mixed = hash ^ (hash >>> 16);
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}

/** FNV-1a of text[start, end) after `seed` (a per-feature-kind start value, so kinds do not share buckets by design). */
export function hashRange(seed: number, text: string, start: number, end: number): number {
  let hash = seed;
  for (let index = start; index < end; index++) hash = fnvStep(hash, text.charCodeAt(index));
  return hash;
}

/** hashRange of code units: FNV-1a of codes[start, end) after `seed`. */
export function hashCodeRange(seed: number, codes: Uint16Array, start: number, end: number): number {
  let hash = seed;
  for (let index = start; index < end; index++) hash = fnvStep(hash, codes[index]);
  return hash;
}

/** A deterministic 32-bit generator (mulberry32), for the training's fixed orders; never Math.random. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
