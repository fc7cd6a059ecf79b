import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ArticleDetail, ArticleSummary, CreateResult } from '@tenor/contracts';
import { AcceptApiKey, CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ArticlesService } from './articles.service';
import { CreateArticleDto } from './dto/create-article.dto';
import { ArticleModerationDto } from './dto/article-moderation.dto';

/** Articles and their comment counts. */
@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get()
  list(@CurrentUser() viewer: AuthenticatedUser): Promise<ArticleSummary[]> {
    return this.articles.list(viewer);
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number): Promise<ArticleDetail> {
    return this.articles.findOne(id);
  }

  /** Switches the article to pre-moderation (its new comments wait for approval) or back. */
  @Roles('editor', 'admin')
  @Patch(':id')
  update(@Param('id', ParseIntPipe) id: number, @Body() changes: ArticleModerationDto): Promise<ArticleDetail> {
    return this.articles.setPremoderated(id, changes.isPremoderated);
  }

  /** Creates an article; posting the same external id again changes nothing. */
  @Roles('admin')
  @AcceptApiKey('ingest')
  @Post()
  @HttpCode(200)
  create(@Body() article: CreateArticleDto): Promise<CreateResult> {
    return this.articles.createMany([article]);
  }
}
