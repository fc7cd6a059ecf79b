import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthView } from '@tenor/contracts';
import type { Scorer } from '@tenor/scoring';
import { DataSource } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { Public } from '../auth/auth.decorators';
import { CommentEntity } from '../comments/comment.entity';
import { SCORER } from '../scoring/scoring.module';

/** Liveness with a real database round trip. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SCORER) private readonly scorer: Scorer,
  ) {}

  @Public()
  @Get()
  async health(): Promise<HealthView> {
    const [articles, comments] = await Promise.all([
      this.dataSource.manager.count(ArticleEntity),
      this.dataSource.manager.count(CommentEntity),
    ]);
    return { status: 'ok', database: 'ok', articles, comments, scorerVersion: this.scorer.version };
  }
}
