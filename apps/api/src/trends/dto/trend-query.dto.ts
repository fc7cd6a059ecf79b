import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ARTICLE_TREND_SORTS,
  type ArticleTrendQuery,
  type ArticleTrendSort,
  LANGUAGES,
  type Language,
  TREND_BUCKETS,
  type TrendBucket,
} from '@tenor/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { OptionalIdField } from '../../common/dto-fields';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Answer formats of the trend endpoints: JSON, or the same series as a CSV download. */
export const TREND_FORMATS = ['json', 'csv'] as const;
/** An answer format. */
export type TrendFormat = (typeof TREND_FORMATS)[number];

/** What every trend query shares: a range of Berlin days, filters and the answer format. */
class TrendRangeDto {
  @ApiPropertyOptional({ description: 'First Europe/Berlin day, YYYY-MM-DD, inclusive; default: 30 days before `to`' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day as YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Day after the last, YYYY-MM-DD, exclusive; default: the day after the newest comment' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day as YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  section?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ enum: TREND_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(TREND_FORMATS)
  format?: TrendFormat;
}

/** GET /api/trends/comments and /api/trends/decisions. */
export class TrendQueryDto extends TrendRangeDto {
  @ApiPropertyOptional({ enum: TREND_BUCKETS, default: 'day' })
  @IsOptional()
  @IsIn(TREND_BUCKETS)
  bucket?: TrendBucket;

  @OptionalIdField()
  articleId?: number;

  @ApiPropertyOptional({ description: 'Add the previous period of the same length' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  compare?: boolean;
}

/** GET /api/trends/articles. */
export class ArticleTrendQueryDto extends TrendRangeDto implements Partial<ArticleTrendQuery> {
  @ApiPropertyOptional({ enum: ARTICLE_TREND_SORTS, default: 'negativeShare' })
  @IsOptional()
  @IsIn(ARTICLE_TREND_SORTS)
  sort?: ArticleTrendSort;

  @ApiPropertyOptional({ default: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  minComments?: number;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
