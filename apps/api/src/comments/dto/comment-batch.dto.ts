import { ApiProperty } from '@nestjs/swagger';
import type { CommentBatchRequest } from '@tenor/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { CreateCommentDto } from './create-comment.dto';

/** The most comments one batch request may carry; larger imports go through the bulk ingest. */
export const MAX_BATCH_SIZE = 1000;

/** POST /api/comments/batch: stored all or nothing. */
export class CommentBatchDto implements CommentBatchRequest {
  @ApiProperty({ type: [CreateCommentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_SIZE)
  @ValidateNested({ each: true })
  @Type(() => CreateCommentDto)
  comments!: CreateCommentDto[];
}
