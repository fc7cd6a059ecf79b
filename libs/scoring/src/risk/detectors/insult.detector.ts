import type { RiskDetector, RiskFinding, RiskInput } from '../risk-types';
import { hasWordBefore, hitsOf, phraseFindings, termFinding } from './term-findings';

/** Words that aim an insult at the reader right before it (du Idiot, ihr Trottel, du bist ein Depp). */
const TARGETING_WORDS: ReadonlySet<string> = new Set([
  'du',
  'dich',
  'dir',
  'dein',
  'deine',
  'deinen',
  'deinem',
  'deiner',
  'euch',
  'euer',
  'eure',
  'euren',
  'eurem',
  'ihr',
  'you',
  'your',
]);
/** "so ein Trottel", "was für ein Depp": so, or was für, before an ein- word right before the insult. */
const EXCLAMATIVE_WORDS: ReadonlySet<string> = new Set(['so', 'fuer']);
/** How many words before an insult may aim it: three, as in "du bist ein Idiot". */
const TARGETING_WINDOW = 3;
/** An aimed insult is worse than a loose one; team choice: enough to flag a medium word (Dummkopf 0.6 → 0.75), not to double it. */
const TARGETED_BONUS = 0.15;

/** Insults: words from data/de-insults.tsv (also in compounds, masked or disguised) and insult phrases (halt die Fresse). */
export const insultDetector: RiskDetector = {
  id: 'insult',
  category: 'insult',
  evaluate(input): RiskFinding[] {
    const findings = hitsOf(input, 'insult').map((hit) => {
      const isTargeted =
        hasWordBefore(input, hit.wordIndex, TARGETING_WINDOW, TARGETING_WORDS) ||
        isExclamative(input, hit.wordIndex);
      return termFinding(input, 'insult', hit, hit.weight + (isTargeted ? TARGETED_BONUS : 0));
    });
    return [...findings, ...phraseFindings(input, 'insult')];
  },
};

function isExclamative(input: RiskInput, wordIndex: number): boolean {
  if (wordIndex < 2) return false;
  const [first, article, word] = [
    input.words[wordIndex - 2],
    input.words[wordIndex - 1],
    input.words[wordIndex],
  ];
  if (
    first.sentence !== word.sentence ||
    !EXCLAMATIVE_WORDS.has(first.text) ||
    !article.text.startsWith('ein')
  )
    return false;
  return first.text === 'so' || (wordIndex >= 3 && input.words[wordIndex - 3].text === 'was');
}
