import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommentContext, CommentPage, CommentView, CreateResult, QueueCounts } from '@tenor/contracts';
import { AcceptApiKey, CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CommentContextService } from './comment-context.service';
import { CommentsService } from './comments.service';
import { CommentBatchDto } from './dto/comment-batch.dto';
import { CommentFilterDto } from './dto/comment-filter.dto';
import { CreateCommentDto } from './dto/create-comment.dto';
import { ListCommentsQueryDto } from './dto/list-comments-query.dto';

/** Comments: scored on the way in, listed for the queue (moderators see their sections only). */
@ApiTags('comments')
@Controller('comments')
export class CommentsController {
  constructor(
    private readonly comments: CommentsService,
    private readonly context: CommentContextService,
  ) {}

  @Get()
  list(@Query() query: ListCommentsQueryDto, @CurrentUser() viewer: AuthenticatedUser): Promise<CommentPage> {
    return this.comments.list(query, viewer);
  }

  /** Queue tab counts for a filter (its status and flag are ignored: every tab is counted). */
  @Get('counts')
  counts(@Query() filter: CommentFilterDto, @CurrentUser() viewer: AuthenticatedUser): Promise<QueueCounts> {
    return this.comments.counts(filter, viewer);
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number, @CurrentUser() viewer: AuthenticatedUser): Promise<CommentView> {
    return this.comments.findOne(id, viewer);
  }

  /** The comment with its article, audit trail, author's history and neighbouring comments. */
  @Get(':id/context')
  contextOf(@Param('id', ParseIntPipe) id: number, @CurrentUser() viewer: AuthenticatedUser): Promise<CommentContext> {
    return this.context.contextOf(id, viewer);
  }

  /** Scores and stores one comment; the same external id again stores nothing new. */
  @Roles('admin')
  @AcceptApiKey('ingest')
  @Post()
  @HttpCode(200)
  create(@Body() comment: CreateCommentDto): Promise<CreateResult> {
    return this.comments.createMany([comment]);
  }

  /** Scores and stores a batch all or nothing; a bad item fails the batch with its index and field. */
  @Roles('admin')
  @AcceptApiKey('ingest')
  @Post('batch')
  @HttpCode(200)
  createBatch(@Body() batch: CommentBatchDto): Promise<CreateResult> {
    return this.comments.createMany(batch.comments);
  }
}
