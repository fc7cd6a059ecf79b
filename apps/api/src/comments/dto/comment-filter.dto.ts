import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMENT_STATUSES,
  type CommentFilter,
  type CommentStatus,
  type Language,
  LANGUAGES,
  RISK_CATEGORIES,
  type RiskCategory,
} from '@tenor/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const parseBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Which comments a list, a count or a bulk decision is about; in a query string or a JSON body. */
export class CommentFilterDto implements CommentFilter {
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

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  section?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ description: 'Exact author name' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  author?: string;

  @ApiPropertyOptional({ description: 'Full-text search in title, body and author (all words must occur)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  minRisk?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  maxRisk?: number;

  @ApiPropertyOptional({ description: 'ISO date or instant, inclusive' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO date or instant, exclusive' })
  @IsOptional()
  @IsISO8601()
  to?: string;
}
