import { lexiconValence, valenceIn } from './tone-test-helpers';
import { IRONY_SCALAR } from './german-tone-constants';

const MAECHTIGE = lexiconValence('maechtige');

describe('German tone: scare-quote irony', () => {
  it.each([
    ['straight quotes', 'Das "mächtige" Russland', 'mächtige'],
    ['guillemets', 'Das «mächtige» Russland', 'mächtige'],
    ['German quotes', 'Das „mächtige“ Russland', 'mächtige'],
    ['reversed guillemets', 'Das »mächtige« Russland', 'mächtige'],
    ['folded spelling', 'Das "maechtige" Russland', 'maechtige'],
  ])('flips a positive word in %s by IRONY_SCALAR', (_name, text, word) => {
    expect(valenceIn(text, word)).toBeCloseTo(MAECHTIGE * IRONY_SCALAR, 10);
  });

  it('flips every positive word of a quote of up to three words, and none of a longer one', () => {
    expect(valenceIn('Die "tolle und mutige Regierung"', 'mutige')).toBe(lexiconValence('mutige'));
    expect(valenceIn('Die "tolle mutige" Regierung', 'mutige')).toBeCloseTo(
      lexiconValence('mutige') * IRONY_SCALAR,
      10,
    );
  });

  it('leaves negative words in quotes and positive words in long quotes alone', () => {
    expect(valenceIn('Er nannte es "dumm"', 'dumm')).toBe(lexiconValence('dumm'));
    expect(valenceIn('"Die Tür ist schön und bleibt schön!" sagte er', 'schön')).toBe(
      lexiconValence('schoen'),
    );
  });
});
