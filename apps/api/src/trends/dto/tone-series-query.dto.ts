import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { OptionalIdField } from '../../common/dto-fields';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** GET /api/trends/tone query string; days are Europe/Berlin calendar days. */
export class ToneSeriesQueryDto {
  @ApiPropertyOptional({ description: 'First day, YYYY-MM-DD, inclusive' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day as YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Day after the last, YYYY-MM-DD, exclusive (as in the comment list)' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day as YYYY-MM-DD' })
  to?: string;

  @OptionalIdField()
  articleId?: number;
}
