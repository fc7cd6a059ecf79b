import { EMOJI_VALENCES } from '../lexicon/generated/de-modifiers';
import { analyseGermanTone } from './german-tone';
import { valenceIn } from './tone-test-helpers';

describe('German tone: emoji and emoticons', () => {
  it('scores emoji standing alone, attached to words, and with skin tones or variation selectors', () => {
    expect(valenceIn('Super Sache 👍', '👍')).toBe(EMOJI_VALENCES['👍']);
    expect(valenceIn('Na klar😡', '😡')).toBe(EMOJI_VALENCES['😡']);
    expect(valenceIn('Danke 👍🏽', '👍🏽')).toBe(EMOJI_VALENCES['👍']);
    expect(valenceIn('Ich ❤️ Berlin', '❤')).toBe(EMOJI_VALENCES['❤']);
  });

  it('scores emoticons', () => {
    expect(valenceIn('Das war es :)', ':)')).toBe(EMOJI_VALENCES[':)']);
    expect(valenceIn('Schade :-(', ':-(')).toBe(EMOJI_VALENCES[':-(']);
    expect(valenceIn('Haha xD', 'xD')).toBe(EMOJI_VALENCES['xd']);
    expect(valenceIn('Ich <3 dich', '<3')).toBe(EMOJI_VALENCES['<3']);
  });

  it('makes an emoji-only comment carry its emoji tone', () => {
    expect(analyseGermanTone('🤮🤮').scores.compound).toBeLessThan(-0.5);
    expect(analyseGermanTone('😍').scores.compound).toBeGreaterThan(0.5);
  });
});

describe('German tone: user names', () => {
  it('gives a word right after "@" no tone (@mittelfinger, @troll_putin)', () => {
    expect(
      analyseGermanTone('@mittelfinger @troll_putin Guten Morgen').contributions.map((c) => c.text),
    ).toEqual(['Guten']);
  });
});
