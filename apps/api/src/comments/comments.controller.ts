import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommentPage, CommentView, CreateResult, QueueCounts } from '@tenor/contracts';
import { CommentsService } from './comments.service';
import { CommentBatchDto } from './dto/comment-batch.dto';
import { CreateCommentDto } from './dto/create-comment.dto';
import { ListCommentsQueryDto } from './dto/list-comments-query.dto';

/** Comments: scored on the way in, listed for the queue. */
@ApiTags('comments')
@Controller('comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get()
  list(@Query() query: ListCommentsQueryDto): Promise<CommentPage> {
    return this.comments.list(query);
  }

  @Get('counts')
  counts(): Promise<QueueCounts> {
    return this.comments.counts();
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number): Promise<CommentView> {
    return this.comments.findOne(id);
  }

  /** Scores and stores one comment; the same external id again stores nothing new. */
  @Post()
  @HttpCode(200)
  create(@Body() comment: CreateCommentDto): Promise<CreateResult> {
    return this.comments.createMany([comment]);
  }

  /** Scores and stores a batch all or nothing; a bad item fails the batch with its index and field. */
  @Post('batch')
  @HttpCode(200)
  createBatch(@Body() batch: CommentBatchDto): Promise<CreateResult> {
    return this.comments.createMany(batch.comments);
  }
}
