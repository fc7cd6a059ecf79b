import { OFFENSE_MODEL_BASE64 } from './generated/offense-model';
import { decodeBase64, readOffenseModelFile } from './model-serialization';
import { OffenseModel, shareStoredBucketWeights } from './offense-model';

let shipped: OffenseModel | undefined;

/**
 * The offense model trained by `npm run train` (libs/scoring/data/model), decoded on first use and shared; its
 * classifiers use the file's 16-bit weights as they are.
 */
export function getShippedOffenseModel(): OffenseModel {
  if (shipped === undefined) {
    const { model, quantized, scaleExponent } = readOffenseModelFile(decodeBase64(OFFENSE_MODEL_BASE64));
    shareStoredBucketWeights(model, quantized, scaleExponent);
    shipped = model;
  }
  return shipped;
}
