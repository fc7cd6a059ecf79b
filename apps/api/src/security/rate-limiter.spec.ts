import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows a burst of the per-minute count, then refills one request per 60/N seconds', () => {
    let now = 0;
    const limiter = new RateLimiter(6, () => now);
    for (let request = 0; request < 6; request++) expect(limiter.take('key:1')).toBe(0);
    expect(limiter.take('key:1')).toBe(10_000);
    now += 9_999;
    expect(limiter.take('key:1')).toBe(1);
    now += 1;
    expect(limiter.take('key:1')).toBe(0);
    expect(limiter.take('key:1')).toBe(10_000);
  });

  it('counts each key on its own and never saves up more than one minute', () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 30_000]);
    expect(limiter.take('b')).toBe(0);
    now += 3_600_000;
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 30_000]);
  });
});
