import { scoreGermanTone } from './german-tone';
import { lexiconValence } from './tone-test-helpers';
import {
  EXCLAMATION_INCREMENT,
  MANY_QUESTIONS_INCREMENT,
  NORMALIZE_ALPHA,
  QUESTION_INCREMENT,
} from './vader-constants';

const GUT = lexiconValence('gut');

function compoundOf(sum: number): number {
  return Math.round((sum / Math.sqrt(sum * sum + NORMALIZE_ALPHA)) * 10000) / 10000;
}

describe('German tone: punctuation emphasis', () => {
  it('adds 0.292 per exclamation mark, up to four', () => {
    expect(scoreGermanTone('Das ist gut').compound).toBe(compoundOf(GUT));
    expect(scoreGermanTone('Das ist gut!').compound).toBe(compoundOf(GUT + EXCLAMATION_INCREMENT));
    expect(scoreGermanTone('Das ist gut!!!').compound).toBe(compoundOf(GUT + 3 * EXCLAMATION_INCREMENT));
    expect(scoreGermanTone('Das ist gut!!!!!!!').compound).toBe(compoundOf(GUT + 4 * EXCLAMATION_INCREMENT));
  });

  it('adds 0.18 per question mark for two or three, 0.96 for more, nothing for one', () => {
    expect(scoreGermanTone('Ist das gut?').compound).toBe(compoundOf(GUT));
    expect(scoreGermanTone('Ist das gut??').compound).toBe(compoundOf(GUT + 2 * QUESTION_INCREMENT));
    expect(scoreGermanTone('Ist das gut????').compound).toBe(compoundOf(GUT + MANY_QUESTIONS_INCREMENT));
  });

  it('pushes negative sums further down', () => {
    const schlecht = lexiconValence('schlecht');
    expect(scoreGermanTone('Das ist schlecht!').compound).toBe(compoundOf(schlecht - EXCLAMATION_INCREMENT));
  });
});
