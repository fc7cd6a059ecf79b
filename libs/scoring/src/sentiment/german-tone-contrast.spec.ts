import { lexiconValence, valenceIn } from './tone-test-helpers';
import { CONTRAST_AFTER_SCALAR, CONTRAST_BEFORE_SCALAR } from './vader-constants';

const GUT = lexiconValence('gut');
const SCHLECHT = lexiconValence('schlecht');

describe('German tone: contrast words', () => {
  it.each(['aber', 'doch', 'jedoch', 'allerdings', 'sondern'])(
    'weighs sentiment before "%s" ×0.5 and after it ×1.5',
    (word) => {
      const text = `Das Essen war gut, ${word} der Service war schlecht`;
      expect(valenceIn(text, 'gut')).toBeCloseTo(GUT * CONTRAST_BEFORE_SCALAR, 10);
      expect(valenceIn(text, 'schlecht')).toBeCloseTo(SCHLECHT * CONTRAST_AFTER_SCALAR, 10);
    },
  );

  it('contrasts a sentence opening with "Aber" with the sentence before', () => {
    const text = 'Das Essen war gut. Aber der Service war schlecht.';
    expect(valenceIn(text, 'gut')).toBeCloseTo(GUT * CONTRAST_BEFORE_SCALAR, 10);
    expect(valenceIn(text, 'schlecht')).toBeCloseTo(SCHLECHT * CONTRAST_AFTER_SCALAR, 10);
  });

  it('leaves other sentences alone', () => {
    const text = 'Das Wetter ist schön. Das Essen war gut, aber teuer. Der Rest war schlecht.';
    expect(valenceIn(text, 'schön')).toBeCloseTo(lexiconValence('schoen'), 10);
    expect(valenceIn(text, 'schlecht')).toBeCloseTo(SCHLECHT, 10);
  });
});
