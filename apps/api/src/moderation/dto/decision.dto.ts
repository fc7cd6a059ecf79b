import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DECISION_ACTIONS,
  type DecisionAction,
  type DecisionRequest,
  REJECT_REASONS,
  type RejectReason,
} from '@tenor/contracts';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';

/** POST /api/comments/:id/decision. */
export class DecisionDto implements DecisionRequest {
  @ApiProperty({ enum: DECISION_ACTIONS })
  @IsIn(DECISION_ACTIONS)
  action!: DecisionAction;

  @ApiPropertyOptional({ enum: REJECT_REASONS, description: 'Required when rejecting' })
  @ValidateIf((decision: DecisionDto) => decision.action === 'reject' || decision.reason !== undefined)
  @IsIn(REJECT_REASONS, { message: `reason must be one of: ${REJECT_REASONS.join(', ')} (required to reject)` })
  reason?: RejectReason;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: 'The comment version the moderator saw; a stale one gets 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
