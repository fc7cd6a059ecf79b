import { hateDetector } from './detectors/hate.detector';
import { insultDetector } from './detectors/insult.detector';
import { personalDataDetector } from './detectors/personal-data.detector';
import { profanityDetector } from './detectors/profanity.detector';
import { spamDetector } from './detectors/spam.detector';
import { threatDetector } from './detectors/threat.detector';
import type { RiskDetector } from './risk-types';

/** Every risk detector, one per category. */
export const RISK_DETECTORS: readonly RiskDetector[] = [
  insultDetector,
  profanityDetector,
  threatDetector,
  hateDetector,
  spamDetector,
  personalDataDetector,
];
