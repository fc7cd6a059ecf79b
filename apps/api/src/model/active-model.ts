import type { Repository } from 'typeorm';
import type { OffenseModelVersion } from '../scoring/offense-model-switch';
import { modelBytesOf, ScoringModelEntity } from './scoring-model.entity';

/** The version of the shipped offense model, which the migration makes the active one. */
export const SHIPPED_MODEL_VERSION = 1;

/** The active offense model version, as stored; the shipped model when no version is active. */
export async function readActiveModel(models: Repository<ScoringModelEntity>): Promise<OffenseModelVersion> {
  const active = await models.findOne({ where: { state: 'active' }, order: { version: 'DESC' } });
  return active === null
    ? { version: SHIPPED_MODEL_VERSION, offenseModel: null }
    : { version: active.version, offenseModel: modelBytesOf(active) };
}
