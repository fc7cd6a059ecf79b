import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import type { BulkDecisionRequest } from '@tenor/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { CommentFilterDto } from '../../comments/dto/comment-filter.dto';
import { DecisionDto } from './decision.dto';

/** The most ids one bulk request may list; larger selections go by filter. */
export const MAX_BULK_IDS = 5000;

/** The selection of a bulk decision: ids or a filter. */
export class BulkSelectionDto {
  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_IDS)
  @IsInt({ each: true })
  @Min(1, { each: true })
  ids?: number[];

  @ApiPropertyOptional({ type: CommentFilterDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommentFilterDto)
  filter?: CommentFilterDto;
}

/** POST /api/comments/bulk-decision: a decision (without a version: the count is confirmed instead) on a selection. */
export class BulkDecisionDto
  extends IntersectionType(BulkSelectionDto, OmitType(DecisionDto, ['expectedVersion'] as const))
  implements BulkDecisionRequest
{
  @ApiProperty({ description: 'The count the moderator confirmed' })
  @IsInt()
  @Min(1)
  expectedCount!: number;
}
