/**
 * Bytes of one slab: room for the arrays of about fifteen comments of 300 characters. A slab lives until no array in
 * it is referenced, so a result kept for long keeps at most this much alive with it. Larger slabs cost memory, as dead
 * ones are only freed when the collector gets to them: on the workload of npm run bench:scoring's Tenor-alone run,
 * peak RSS was 139 MB with slabs of 256 KB, 127 MB with 64 KB (125 MB with a buffer per comment), and a slab per
 * fifteen comments already makes the buffers' cost negligible.
 */
const SLAB_BYTES = 1 << 16;
/** Requests larger than this share of a slab get a buffer of their own, so one long comment does not waste a slab. */
const MAX_SHARED_REQUEST_BYTES = SLAB_BYTES / 8;
/** Reservations start at multiples of 8 bytes, so views of any element size fit. */
const ALIGNMENT = 8;

/**
 * Space for the typed arrays of one result, taken from a shared slab. Each `new ArrayBuffer` (and each typed array of
 * over 64 bytes) is an allocation outside the JavaScript heap, which the collector has to track and sweep; a scorer
 * that allocated one per comment spent a few percent of its time on them. Views into a slab are ordinary typed arrays.
 */
export class ArraySlab {
  private buffer = new ArrayBuffer(SLAB_BYTES);
  private used = 0;
  /** Where the last reservation starts in the buffer reserve returned. */
  offset = 0;

  /** Reserves `bytes` and returns the buffer they are in, at `offset`; a new slab (or buffer) when this one is full. */
  reserve(bytes: number): ArrayBuffer {
    if (bytes > MAX_SHARED_REQUEST_BYTES) {
      this.offset = 0;
      return new ArrayBuffer(bytes);
    }
    if (this.used + bytes > SLAB_BYTES) {
      this.buffer = new ArrayBuffer(SLAB_BYTES);
      this.used = 0;
    }
    this.offset = this.used;
    this.used += (bytes + ALIGNMENT - 1) & -ALIGNMENT;
    return this.buffer;
  }
}
