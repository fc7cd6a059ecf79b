import type { RiskDetector, RiskFinding } from '../risk-types';
import { hitsOf, phraseFindings, sentenceHasWord, termFinding } from './term-findings';

/** Words that turn a violent verb into a call for it (gehört erschossen, sollte man aufhängen, endlich abknallen). */
const CALL_WORDS: ReadonlySet<string> = new Set([
  'gehoert',
  'gehoeren',
  'gehoerte',
  'gehoerten',
  'sollte',
  'sollten',
  'muesste',
  'muessten',
  'muss',
  'muessen',
  'endlich',
  'lasst',
  'lass',
  'wuensche',
  'wuenschen',
  'verdient',
  'verdienen',
  'sofort',
  'alle',
]);
/** Words that aim it at the reader (ich bring dich um). */
const DIRECT_WORDS: ReadonlySet<string> = new Set(['dich', 'dir', 'euch', 'du', 'deine', 'deinen', 'deiner']);
/** Words that mark a report rather than a threat (wurde erschossen, laut Polizei). */
const REPORTING_WORDS: ReadonlySet<string> = new Set([
  'wurde',
  'wurden',
  'worden',
  'polizei',
  'taeter',
  'gericht',
  'prozess',
  'angeklagt',
  'verurteilt',
  'berichtet',
  'laut',
  'mutmasslich',
  'ermittler',
  'ermittlungen',
  'urteil',
  'staatsanwaltschaft',
  'festgenommen',
]);
/** A violent word in a call for it; team choice: lifts a 0.4-0.5 verb (aufhängen, erschießen) clearly over the flag line. */
const CALL_BONUS = 0.3;
/** Aimed at the reader; team choice, a little below a call because "dich" also appears in reports of threats. */
const DIRECT_BONUS = 0.25;
/** In a report; team choice: keeps a reported killing (wurde erschossen, 0.45) under the flag line. */
const REPORTING_DISCOUNT = 0.2;

/**
 * Threats: violent and annihilation words from data/de-threat-terms.tsv, weighed by their sentence (a call, an address
 * to the reader, or a report), and multi-word threats from data/de-risk-phrases.tsv (an die Wand stellen, von der
 * Weltkarte verschwinden, dem Erdboden gleichmachen).
 */
export const threatDetector: RiskDetector = {
  id: 'threat',
  category: 'threat',
  evaluate(input): RiskFinding[] {
    const findings = hitsOf(input, 'threat').map((hit) => {
      const isCall = sentenceHasWord(input, hit.wordIndex, CALL_WORDS);
      const isDirect = sentenceHasWord(input, hit.wordIndex, DIRECT_WORDS);
      const isReport = sentenceHasWord(input, hit.wordIndex, REPORTING_WORDS);
      const score =
        hit.weight +
        (isCall ? CALL_BONUS : 0) +
        (isDirect ? DIRECT_BONUS : 0) -
        (isReport ? REPORTING_DISCOUNT : 0);
      const rule = isDirect ? 'threat.direct' : isCall ? 'threat.call' : `threat.${hit.kind}`;
      return termFinding(input, 'threat', hit, score, rule);
    });
    return [...findings, ...phraseFindings(input, 'threat')];
  },
};
