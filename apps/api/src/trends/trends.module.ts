import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommentEntity } from '../comments/comment.entity';
import { TrendsController } from './trends.controller';
import { TrendsService } from './trends.service';

/** Trend series. */
@Module({
  imports: [TypeOrmModule.forFeature([CommentEntity])],
  controllers: [TrendsController],
  providers: [TrendsService],
})
export class TrendsModule {}
