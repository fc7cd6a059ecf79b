import { ApiPropertyOptional } from '@nestjs/swagger';
import { COMMENT_SORTS, type CommentQuery, type CommentSort } from '@tenor/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CommentFilterDto } from './comment-filter.dto';

/** The default and largest page size of the comment list. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** GET /api/comments query string: a filter, a sort and a page. */
export class ListCommentsQueryDto extends CommentFilterDto implements CommentQuery {
  @ApiPropertyOptional({ enum: COMMENT_SORTS, default: 'risk' })
  @IsOptional()
  @IsIn(COMMENT_SORTS)
  sort?: CommentSort;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_SIZE, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;
}
