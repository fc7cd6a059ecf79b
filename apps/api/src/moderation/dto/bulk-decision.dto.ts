import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type BulkDecisionRequest,
  DECISION_ACTIONS,
  type DecisionAction,
  REJECT_REASONS,
  type RejectReason,
} from '@tenor/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CommentFilterDto } from '../../comments/dto/comment-filter.dto';

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

/** POST /api/comments/bulk-decision. */
export class BulkDecisionDto extends BulkSelectionDto implements BulkDecisionRequest {
  @ApiProperty({ enum: DECISION_ACTIONS })
  @IsIn(DECISION_ACTIONS)
  action!: DecisionAction;

  @ApiPropertyOptional({ enum: REJECT_REASONS, description: 'Required when rejecting' })
  @ValidateIf((decision: BulkDecisionDto) => decision.action === 'reject' || decision.reason !== undefined)
  @IsIn(REJECT_REASONS, { message: `reason must be one of: ${REJECT_REASONS.join(', ')} (required to reject)` })
  reason?: RejectReason;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiProperty({ description: 'The count the moderator confirmed' })
  @IsInt()
  @Min(1)
  expectedCount!: number;
}
