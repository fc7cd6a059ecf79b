import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The default and largest number of erasure records listed. */
export const DEFAULT_ERASURE_LIST = 100;
export const MAX_ERASURE_LIST = 1000;

/** GET /api/privacy/erasures: the newest records. */
export class ErasureListQueryDto {
  @ApiPropertyOptional({ default: DEFAULT_ERASURE_LIST, maximum: MAX_ERASURE_LIST })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ERASURE_LIST)
  limit?: number;
}
