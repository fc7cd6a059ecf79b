import { scoreGermanTone } from './german-tone';
import { CONCESSIVE_SCALAR } from './german-tone-constants';
import { lexiconValence, valenceIn } from './tone-test-helpers';

describe('German tone: concessive words (trotz, obwohl)', () => {
  it('weighs what trotz concedes ×CONCESSIVE_SCALAR instead of negating it', () => {
    expect(valenceIn('Trotz der Niederlage bin ich stolz', 'Niederlage')).toBeCloseTo(
      lexiconValence('niederlage') * CONCESSIVE_SCALAR,
      10,
    );
    expect(valenceIn('Trotz der Niederlage bin ich stolz', 'stolz')).toBe(lexiconValence('stolz'));
    expect(scoreGermanTone('Trotz Regen eine wunderbare Veranstaltung!').compound).toBeGreaterThan(0);
  });

  it('stops at the end of its clause', () => {
    expect(valenceIn('Obwohl es regnete, war es wunderbar', 'wunderbar')).toBe(lexiconValence('wunderbar'));
  });
});
