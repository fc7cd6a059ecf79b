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
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalIdField, OptionalInstantField, OptionalRiskField } from '../../common/dto-fields';

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

  @ApiPropertyOptional({ type: Boolean, description: 'Whether the comment is held for approval' })
  @IsOptional()
  @Transform(parseBoolean)
  @IsBoolean()
  held?: boolean;

  @ApiPropertyOptional({ enum: RISK_CATEGORIES, description: 'Only comments flagged in this category' })
  @IsOptional()
  @IsIn(RISK_CATEGORIES)
  category?: RiskCategory;

  @OptionalIdField()
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

  @OptionalRiskField()
  minRisk?: number;

  @OptionalRiskField()
  maxRisk?: number;

  @OptionalInstantField('ISO date or instant, inclusive')
  from?: string;

  @OptionalInstantField('ISO date or instant, exclusive')
  to?: string;
}
