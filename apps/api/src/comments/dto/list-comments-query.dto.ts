import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMENT_SORTS,
  COMMENT_STATUSES,
  type CommentQuery,
  type CommentSort,
  type CommentStatus,
  type Language,
  LANGUAGES,
  RISK_CATEGORIES,
  type RiskCategory,
} from '@tenor/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, Min } from 'class-validator';

/** The default and largest page size of the comment list. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

const parseBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** GET /api/comments query string. */
export class ListCommentsQueryDto implements CommentQuery {
  @ApiPropertyOptional({ enum: COMMENT_STATUSES })
  @IsOptional()
  @IsIn(COMMENT_STATUSES)
  status?: CommentStatus;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(parseBoolean)
  @IsBoolean()
  flagged?: boolean;

  @ApiPropertyOptional({ enum: RISK_CATEGORIES, description: 'Only comments flagged in this category' })
  @IsOptional()
  @IsIn(RISK_CATEGORIES)
  category?: RiskCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  articleId?: number;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ description: 'ISO date or instant, inclusive' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO date or instant, exclusive' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ enum: COMMENT_SORTS, default: 'risk' })
  @IsOptional()
  @IsIn(COMMENT_SORTS)
  sort?: CommentSort;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_SIZE, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;
}
