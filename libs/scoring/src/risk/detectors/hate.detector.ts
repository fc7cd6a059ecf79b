import type { RiskDetector, RiskFinding, RiskInput, TermHit } from '../risk-types';
import { wordsSpan } from '../risk-input';
import { hitsOf, phraseFindings, termFinding } from './term-findings';

/** How far (in words, same sentence) an identity term may be from a vermin word to make it an attack on the group. */
const DEHUMANIZATION_WINDOW = 8;
/** A vermin word about a group is worse than the word alone; team choice: lifts Ungeziefer (0.7) to 0.85, Plage (0.4) to 0.55. */
const IDENTITY_CONTEXT_BONUS = 0.15;
/** How close an insult must be to an identity term to insult the group (Die Flüchtlinge sind alle Idioten). */
const IDENTITY_INSULT_WINDOW = 4;
/** Insults weaker than this are not group attacks (dumm, Clown). */
const MIN_IDENTITY_INSULT_WEIGHT = 0.5;
/** An insult aimed at a group scores this share of the insult's weight as hate; team choice, the insult detector scores it in full. */
const IDENTITY_INSULT_SHARE = 0.8;

/**
 * Hate: identity slurs from data/de-hate-terms.tsv on their own; vermin and filth words, and strong insults, when they
 * stand near an identity term (origin, religion, orientation, gender, disability); exclusion and extermination phrases.
 */
export const hateDetector: RiskDetector = {
  id: 'hate',
  category: 'hate',
  evaluate(input): RiskFinding[] {
    const identities = hitsOf(input, 'hate', 'identity');
    const findings = hitsOf(input, 'hate', 'slur').map((hit) =>
      termFinding(input, 'hate', hit, hit.weight, 'hate.slur'),
    );
    if (identities.length > 0) {
      for (const hit of hitsOf(input, 'hate', 'dehumanizing')) {
        const identity = nearest(input, identities, hit, DEHUMANIZATION_WINDOW);
        if (identity)
          findings.push(
            pairFinding(input, identity, hit, hit.weight + IDENTITY_CONTEXT_BONUS, 'hate.dehumanization'),
          );
      }
      for (const hit of hitsOf(input, 'insult')) {
        if (hit.weight < MIN_IDENTITY_INSULT_WEIGHT) continue;
        const identity = nearest(input, identities, hit, IDENTITY_INSULT_WINDOW);
        if (identity)
          findings.push(
            pairFinding(input, identity, hit, hit.weight * IDENTITY_INSULT_SHARE, 'hate.identity-insult'),
          );
      }
    }
    return [...findings, ...phraseFindings(input, 'hate')];
  },
};

function nearest(
  input: RiskInput,
  identities: readonly TermHit[],
  hit: TermHit,
  window: number,
): TermHit | undefined {
  let best: TermHit | undefined;
  for (const identity of identities) {
    const distance = Math.abs(identity.wordIndex - hit.wordIndex);
    if (distance === 0 || distance > window) continue;
    if (input.words[identity.wordIndex].sentence !== input.words[hit.wordIndex].sentence) continue;
    if (!best || distance < Math.abs(best.wordIndex - hit.wordIndex)) best = identity;
  }
  return best;
}

function pairFinding(
  input: RiskInput,
  identity: TermHit,
  hit: TermHit,
  score: number,
  rule: string,
): RiskFinding {
  return {
    category: 'hate',
    rule,
    score: Math.min(1, score),
    ...wordsSpan(input, identity.wordIndex, hit.wordIndex),
  };
}
