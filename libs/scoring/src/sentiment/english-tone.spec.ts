import { SentimentIntensityAnalyzer } from 'vader-sentiment';
import { createScorer } from '../scorer';
import { scoreEnglishTone } from './english-tone';

const ENGLISH_COMMENTS = [
  'VADER is smart, handsome, and funny!',
  'The article is not good at all, and the author is an idiot.',
  'I really love how this newspaper covers the war. GREAT work!!!',
  'This is kind of okay, but the comments section is a disaster :(',
  'Never have I been so disappointed by a government. Absolutely terrible.',
  'What a joke... the minister lied again??',
  'The plan is not bad, but it will not help the people who need it most.',
];

describe('English tone', () => {
  it.each(ENGLISH_COMMENTS)('equals vader-sentiment exactly: %s', (text) => {
    const vader = SentimentIntensityAnalyzer.polarity_scores(text);
    expect(scoreEnglishTone(text)).toEqual(vader);
    const result = createScorer().score(text);
    expect(result.language).toBe('en');
    expect({
      compound: result.sentiment.compound,
      pos: result.sentiment.pos,
      neu: result.sentiment.neu,
      neg: result.sentiment.neg,
    }).toEqual(vader);
  });

  it('reads a text without words as all neutral, where vader-sentiment gives no shares at all', () => {
    for (const text of ['', '   ', 'a', '\u200b']) {
      expect(SentimentIntensityAnalyzer.polarity_scores(text)).toMatchObject({ pos: 0, neu: 0, neg: 0 });
      expect(scoreEnglishTone(text)).toEqual({ compound: 0, pos: 0, neu: 1, neg: 0 });
    }
  });
});
