import { ApiProperty } from '@nestjs/swagger';
import type { ArticleModerationUpdate } from '@tenor/contracts';
import { IsBoolean } from 'class-validator';

/** PATCH /api/articles/:id. */
export class ArticleModerationDto implements ArticleModerationUpdate {
  @ApiProperty()
  @IsBoolean()
  isPremoderated!: boolean;
}
