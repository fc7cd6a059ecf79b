import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AlertSettings } from '@tenor/contracts';
import { IsInt, IsNumber, IsOptional, IsUrl, Max, MaxLength, Min, ValidateIf } from 'class-validator';

/** PUT /api/settings/alerts: how hostile threads are detected and where alerts are sent. */
export class AlertSettingsDto implements AlertSettings {
  @ApiProperty({ minimum: 1, maximum: 48 })
  @IsInt()
  @Min(1)
  @Max(48)
  windowHours!: number;

  @ApiProperty({ minimum: 1, maximum: 336 })
  @IsInt()
  @Min(1)
  @Max(336)
  baselineHours!: number;

  @ApiProperty({ minimum: 1, maximum: 100000 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  minComments!: number;

  @ApiProperty({ minimum: 0, maximum: 1 })
  @IsNumber()
  @Min(0)
  @Max(1)
  minLift!: number;

  @ApiProperty({ minimum: 0, maximum: 50 })
  @IsNumber()
  @Min(0)
  @Max(50)
  minZ!: number;

  @ApiPropertyOptional({ nullable: true, description: 'http(s) URL that new alerts are POSTed to as JSON; null sends none' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'webhookUrl must be an http(s) URL or null' })
  @MaxLength(2000)
  webhookUrl!: string | null;
}
