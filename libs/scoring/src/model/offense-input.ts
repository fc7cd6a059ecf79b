import { RISK_DETECTORS } from '../risk/detectors';
import { RiskEvaluator } from '../risk/risk-evaluator';
import { analyseComment, DEFAULT_FLAG_THRESHOLDS } from '../scorer';
import type { OffenseFeatureInput } from './offense-features';

/** A comment read for the offense model, and whether the detectors alone flag it (at the default thresholds). */
export interface AnalysedOffenseText {
  readonly input: OffenseFeatureInput;
  readonly isDetectorFlagged: boolean;
}

let detectorsOnly: RiskEvaluator | undefined;

/** Reads a comment exactly as the scorer does, for training: the model's input and the detectors' own verdict. */
export function analyseOffenseText(text: string): AnalysedOffenseText {
  detectorsOnly ??= new RiskEvaluator(RISK_DETECTORS, DEFAULT_FLAG_THRESHOLDS);
  const { tone, riskInput } = analyseComment(text);
  const detectorFindings = detectorsOnly.detectorFindings(riskInput);
  return {
    input: { risk: riskInput, detectorFindings, tone },
    isDetectorFlagged: detectorsOnly.evaluate(riskInput).flagged,
  };
}
