import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AuditQuery,
  MODERATION_ACTIONS,
  type ModerationAction,
  REJECT_REASONS,
  type RejectReason,
} from '@tenor/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { OptionalInstantField } from '../../common/dto-fields';

/** The default and largest audit page. */
export const DEFAULT_AUDIT_PAGE = 100;
export const MAX_AUDIT_PAGE = 1000;

/** GET /api/audit and /api/audit.csv query string. */
export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({ description: 'Username of who acted' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ enum: MODERATION_ACTIONS })
  @IsOptional()
  @IsIn(MODERATION_ACTIONS)
  action?: ModerationAction;

  @ApiPropertyOptional({ enum: REJECT_REASONS })
  @IsOptional()
  @IsIn(REJECT_REASONS)
  reason?: RejectReason;

  @OptionalInstantField('ISO date or instant, inclusive')
  from?: string;

  @OptionalInstantField('ISO date or instant, exclusive')
  to?: string;

  @ApiPropertyOptional({ default: DEFAULT_AUDIT_PAGE, maximum: MAX_AUDIT_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;
}
