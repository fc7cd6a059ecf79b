import { splitHeldBack, type DecidedOffenseExample } from './offense-retraining';

function decisions(offensive: number, harmless: number): DecidedOffenseExample[] {
  return [
    ...Array.from({ length: offensive }, (_, index) => ({
      id: `o${index}`,
      text: `böse ${index}`,
      isOffense: true,
    })),
    ...Array.from({ length: harmless }, (_, index) => ({
      id: `h${index}`,
      text: `lieb ${index}`,
      isOffense: false,
    })),
  ];
}

describe('holding back decisions to measure retraining on', () => {
  it('holds back a fifth of each class', () => {
    const { training, heldBack } = splitHeldBack(decisions(30, 70));
    expect(heldBack.filter((example) => example.isOffense)).toHaveLength(6);
    expect(heldBack.filter((example) => !example.isOffense)).toHaveLength(14);
    expect(training).toHaveLength(80);
    expect(new Set([...training, ...heldBack].map((example) => example.id)).size).toBe(100);
  });

  it('splits the same decisions alike in any order', () => {
    const examples = decisions(30, 70);
    const ids = (list: readonly DecidedOffenseExample[]) => list.map((example) => example.id).sort();
    const first = splitHeldBack(examples);
    const reversed = splitHeldBack([...examples].reverse());
    expect(ids(reversed.heldBack)).toEqual(ids(first.heldBack));
  });

  it('keeps most held-back decisions held back when more arrive', () => {
    const before = new Set(splitHeldBack(decisions(30, 70)).heldBack.map((example) => example.id));
    const after = splitHeldBack(decisions(33, 77)).heldBack.map((example) => example.id);
    expect(after.filter((id) => before.has(id)).length).toBeGreaterThanOrEqual(before.size - 2);
  });

  it('holds back one of a class of two, and none of a class of one', () => {
    const { training, heldBack } = splitHeldBack(decisions(1, 2));
    expect(heldBack.map((example) => example.isOffense)).toEqual([false]);
    expect(training).toHaveLength(2);
  });

  it('refuses a share outside [0, 1)', () => {
    expect(() => splitHeldBack(decisions(3, 3), 1)).toThrow(RangeError);
  });
});
