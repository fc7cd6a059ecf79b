import type { Language, ScoreResult } from '@tenor/contracts';
import { RISK_CATEGORIES, TONE_LABELS } from '@tenor/contracts';
import fc from 'fast-check';
import {
  adversarialInput,
  checkLinearGrowth,
  describeInput,
  fuzzParameters,
  fuzzTarget,
  mutated,
} from '@tenor/testing/fuzz';
import { createScorer, DEFAULT_FLAG_THRESHOLDS } from './scorer';
import { DEFAULT_TONE_THRESHOLDS, labelTone } from './sentiment/tone-label';

const recorder = fuzzTarget('scoring.scorer');
const scorer = createScorer();
// vader-sentiment rounds each share to three decimals, so three rounded shares can miss 1 by up to 0.0015.
const SHARE_SUM_TOLERANCE = 0.002;
/** Words every detector and the tone rules react to, and the shapes of personal data, links and masks. */
const SCORING_WORDS = [
  'Idiot',
  'Vollidiot',
  'A****loch',
  'I d i o t',
  'Id10t',
  'Idiooooot',
  'Lügenpresse',
  'die gehören alle an die Wand gestellt',
  'Scheiße',
  'nicht',
  'sehr',
  'aber',
  'gut',
  'schlecht',
  '"toll"',
  '!!!',
  '???',
  'DU IDIOT',
  'good',
  'bad',
  'not',
  'but',
  '🤮',
  '😀',
  '👍🏽',
  'www.example.de',
  'http://a.b/c',
  'spiegel.de',
  'a@b.de',
  'a (at) b (dot) de',
  '+49 30 1234567',
  '030/1234567',
  'DE89 3704 0044 0532 0130 00',
  'Hauptstraße 5',
  'Karl-Marx-Str. 12a',
  'Berliner Straße 7, 10115 Berlin',
  'kaufen kaufen kaufen kaufen',
  'Juden',
  'raus',
  'töten',
];

/** Throws with the offending value when the condition does not hold (cheaper than expect for every evidence span). */
function check(condition: boolean, problem: string, value: unknown): void {
  if (!condition) throw new Error(`${problem}: ${JSON.stringify(value)?.slice(0, 300)}`);
}

/** Checks every documented invariant of a score; `text` is what was scored. */
function checkScore(result: ScoreResult, text: string, language: Language | undefined): void {
  const { sentiment, risk } = result;
  check(
    result.language === (language ?? result.language) && ['de', 'en'].includes(result.language),
    'language',
    result.language,
  );
  const { compound, pos, neu, neg } = sentiment;
  check([compound, pos, neu, neg].every(Number.isFinite), 'tone not finite', sentiment);
  check(
    Math.abs(compound) <= 1 && [pos, neu, neg].every((share) => share >= 0 && share <= 1),
    'tone out of range',
    sentiment,
  );
  const shareSum = pos + neu + neg;
  check(
    Math.abs(shareSum - 1) <= SHARE_SUM_TOLERANCE,
    'shares do not sum to 1',
    sentiment,
  );
  check(
    sentiment.label === labelTone(compound, DEFAULT_TONE_THRESHOLDS) && TONE_LABELS.includes(sentiment.label),
    'label',
    sentiment,
  );
  check(
    JSON.stringify(Object.keys(risk.categories)) === JSON.stringify(RISK_CATEGORIES),
    'categories',
    Object.keys(risk.categories),
  );
  let highest = 0;
  for (const category of RISK_CATEGORIES) {
    const { score, flagged, evidence } = risk.categories[category];
    check(Number.isFinite(score) && score >= 0 && score <= 1, `${category} score out of range`, score);
    check(
      flagged === score >= DEFAULT_FLAG_THRESHOLDS[category],
      `${category} flagged against its threshold`,
      risk.categories[category],
    );
    highest = Math.max(highest, score);
    for (const span of evidence) {
      const isInside =
        Number.isInteger(span.start) &&
        Number.isInteger(span.end) &&
        0 <= span.start &&
        span.start < span.end &&
        span.end <= text.length;
      check(
        isInside && span.text === text.slice(span.start, span.end),
        'evidence span outside the text or with other text',
        span,
      );
      check(
        span.rule.startsWith(`${category}.`) || span.rule.startsWith('model.'),
        `${category} evidence of another rule`,
        span,
      );
    }
  }
  check(risk.score === highest, 'overall risk is not the highest category score', risk.score);
  check(
    risk.flagged === RISK_CATEGORIES.some((category) => risk.categories[category].flagged),
    'overall flag',
    risk.flagged,
  );
}

// Scoring the same text twice must give the same result; compared for texts up to this long (a deep comparison of a
// megabyte's evidence costs more than the scoring).
const MAX_COMPARED_LENGTH = 10_000;

const comment = fc.oneof(
  { weight: 3, arbitrary: adversarialInput(SCORING_WORDS) },
  {
    weight: 1,
    arbitrary: mutated(fc.constantFrom(...SCORING_WORDS).map((word) => `Du bist ein ${word}, ${word}!`)).map(
      (value) => ({ kind: 'broken comment', value }),
    ),
  },
);

describe('createScorer().score on hostile text', () => {
  it('never throws, and every score keeps its invariants (finite, in range, shares summing to 1, spans inside the text)', () => {
    fc.assert(
      fc.property(
        comment,
        fc.constantFrom<Language | undefined>(undefined, undefined, 'de', 'en'),
        ({ kind, value }, language) => {
          const hint = language === undefined ? undefined : { language };
          const result = recorder.time(
            describeInput(`${kind}${language ? ` as ${language}` : ''}`, value),
            () => scorer.score(value, hint),
          );
          checkScore(result, value, language);
          if (value.length <= MAX_COMPARED_LENGTH) expect(scorer.score(value, hint)).toEqual(result);
        },
      ),
      fuzzParameters(),
    );
  });

  // The address and link kinds took quadratic time before they were fixed ("a-a-…-a weg 1" of 16,000 characters: 0.3 s).
  it.each<[string, (size: number) => string]>([
    ['a long hyphenated word before a street number', (size) => `a${'-a'.repeat(size / 2)} weg 1`],
    ['a link of dots', (size) => `http://a${'.'.repeat(size)}1`],
    ['repeated insults', (size) => 'Du Idiot! '.repeat(size / 10)],
    ['spaced letters', (size) => 'I d i o t '.repeat(size / 10)],
    ['masked words', (size) => 'A****loch '.repeat(size / 10)],
    ['one stretched word', (size) => `Idio${'o'.repeat(size)}t`],
    ['one long word', (size) => 'Vollidiot'.repeat(size / 9)],
    ['digits and separators', (size) => '030/12 34-56 '.repeat(size / 13)],
    ['e-mail shapes', (size) => 'a.b@c.d.'.repeat(size / 8)],
    ['street-like words', (size) => 'Hauptstraße 1a, '.repeat(size / 16)],
    ['IBAN-like groups', (size) => 'DE12 3456 7890 '.repeat(size / 15)],
    ['zero-width and right-to-left text', (size) => 'שלום\u200b مرحبا\u200f \u202e'.repeat(size / 14)],
    ['lone surrogates and NUL', (size) => '\ud800\u0000a\udfff'.repeat(size / 4)],
    ['exclamation marks', (size) => '!'.repeat(size)],
    ['English words', (size) => 'not so good but bad '.repeat(size / 20)],
  ])('scores %s in near-linear time', (kind, inputOf) => {
    const language: Language | undefined = kind === 'English words' ? 'en' : undefined;
    checkLinearGrowth(recorder, {
      kind,
      inputOf,
      size: 4_000,
      run: (text) => scorer.score(text, language && { language }),
      samples: 3,
    });
  });
});
