import type { RiskDetector, RiskFinding } from '../risk-types';
import { hitsOf, phraseFindings, termFinding } from './term-findings';

/** Profanity: vulgar words from data/de-profanity.tsv (Scheiße, also as Scheiß- in compounds, masked Sch***e) and vulgar phrases. */
export const profanityDetector: RiskDetector = {
  id: 'profanity',
  category: 'profanity',
  evaluate(input): RiskFinding[] {
    const findings = hitsOf(input, 'profanity').map((hit) =>
      termFinding(input, 'profanity', hit, hit.weight),
    );
    return [...findings, ...phraseFindings(input, 'profanity')];
  },
};
