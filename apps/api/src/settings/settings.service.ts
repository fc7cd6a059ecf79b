import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ScorerOptions } from '@tenor/scoring';
import { Repository } from 'typeorm';
import { nowInstant } from '../common/instants';
import { SettingEntity } from './setting.entity';

const SCORING_KEY = 'scoring';

/** The scorer options an admin can store. */
export type StoredScoringOptions = Required<Pick<ScorerOptions, 'toneThresholds' | 'flagThreshold'>>;

/** The scoring defaults written on first start: VADER's ±0.05 tone cutoffs and a 0.5 risk flag threshold. */
export const DEFAULT_SCORING_OPTIONS: StoredScoringOptions = {
  toneThresholds: { positive: 0.05, negative: -0.05 },
  flagThreshold: 0.5,
};

/** Named settings stored as JSON; the admin settings issue builds versions and a UI on top. */
@Injectable()
export class SettingsService {
  constructor(@InjectRepository(SettingEntity) private readonly settings: Repository<SettingEntity>) {}

  /** A JSON setting over its defaults (fields added later keep their default). */
  async get<T extends object>(key: string, defaults: T): Promise<T> {
    const stored = await this.settings.findOneBy({ key });
    return stored ? { ...defaults, ...(JSON.parse(stored.value) as Partial<T>) } : defaults;
  }

  /** Stores a JSON setting whole. */
  async put<T extends object>(key: string, value: T): Promise<T> {
    await this.settings.save({ key, value: JSON.stringify(value), updatedAt: nowInstant() });
    return value;
  }

  /** The scorer options, written with their defaults when missing. */
  async getScoringOptions(): Promise<StoredScoringOptions> {
    const stored = await this.settings.findOneBy({ key: SCORING_KEY });
    if (stored) return { ...DEFAULT_SCORING_OPTIONS, ...(JSON.parse(stored.value) as Partial<StoredScoringOptions>) };
    await this.settings
      .createQueryBuilder()
      .insert()
      .values({ key: SCORING_KEY, value: JSON.stringify(DEFAULT_SCORING_OPTIONS), updatedAt: nowInstant() })
      .orIgnore()
      .execute();
    return DEFAULT_SCORING_OPTIONS;
  }
}
