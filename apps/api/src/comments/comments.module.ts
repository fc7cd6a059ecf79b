import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module';
import { PolicyCoreModule } from '../policy/policy-core.module';
import { RollupsModule } from '../trends/rollups.module';
import { CommentEntity } from './comment.entity';
import { CommentContextService } from './comment-context.service';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

/** Comments. */
@Module({
  imports: [TypeOrmModule.forFeature([CommentEntity]), ArticlesModule, RollupsModule, PolicyCoreModule],
  controllers: [CommentsController],
  providers: [CommentsService, CommentContextService],
  exports: [CommentsService],
})
export class CommentsModule {}
