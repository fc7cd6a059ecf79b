import { ArraySlab } from './array-slab';

describe('ArraySlab', () => {
  it('hands out zero-filled, 8-byte aligned reservations that do not overlap', () => {
    const slab = new ArraySlab();
    const reserved: { buffer: ArrayBuffer; start: number; end: number }[] = [];
    for (let index = 0; index < 200; index++) {
      const bytes = 1 + ((index * 37) % 900);
      const buffer = slab.reserve(bytes);
      const view = new Uint8Array(buffer, slab.offset, bytes);
      expect(slab.offset % 8).toBe(0);
      expect(view.every((byte) => byte === 0)).toBe(true);
      view.fill(1);
      reserved.push({ buffer, start: slab.offset, end: slab.offset + bytes });
    }
    for (const [index, a] of reserved.entries())
      for (const b of reserved.slice(index + 1))
        if (a.buffer === b.buffer) expect(a.end <= b.start || b.end <= a.start).toBe(true);
    expect(new Set(reserved.map((reservation) => reservation.buffer)).size).toBeGreaterThan(1);
  });

  it('gives a large request a buffer of its own', () => {
    const slab = new ArraySlab();
    const small = slab.reserve(16);
    const large = slab.reserve(1 << 20);
    expect(large).not.toBe(small);
    expect(large.byteLength).toBe(1 << 20);
    expect(slab.offset).toBe(0);
    expect(slab.reserve(16)).toBe(small);
  });
});
