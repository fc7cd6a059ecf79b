import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

/** POST /api/comments/:id/undo. */
export class UndoDto {
  @ApiPropertyOptional({ description: 'The comment version the moderator saw; a stale one gets 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
