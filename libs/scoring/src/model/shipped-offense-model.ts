import { OFFENSE_MODEL_BASE64 } from './generated/offense-model';
import { decodeBase64, deserializeOffenseModel } from './model-serialization';
import type { OffenseModel } from './offense-model';

let shipped: OffenseModel | undefined;

/** The offense model trained by `npm run train` (libs/scoring/data/model), decoded on first use and shared. */
export function getShippedOffenseModel(): OffenseModel {
  shipped ??= deserializeOffenseModel(decodeBase64(OFFENSE_MODEL_BASE64));
  return shipped;
}
