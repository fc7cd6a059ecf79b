import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ModerationPolicy, PolicyPreviewRequest, SavePolicyRequest } from '@tenor/contracts';
import { IsInt, IsObject, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/**
 * POST /api/settings/policy/preview. The policy itself is checked field by field by @tenor/policy's validatePolicy,
 * which knows the rules no decorator can say (reject at or above flag, regular expressions that cannot backtrack).
 */
export class PolicyPreviewDto implements PolicyPreviewRequest {
  @ApiProperty({ description: 'The proposed ModerationPolicy' })
  @IsObject()
  policy!: ModerationPolicy;
}

/** POST /api/settings/policy: a new version, made from `baseVersion`. */
export class SavePolicyDto extends PolicyPreviewDto implements SavePolicyRequest {
  @ApiProperty({ minimum: 1, description: 'The version the admin edited; another save since then gives 409' })
  @IsInt()
  @Min(1)
  baseVersion!: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

/** POST /api/settings/policy/versions/:version/restore. */
export class RestorePolicyDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  baseVersion!: number;
}
