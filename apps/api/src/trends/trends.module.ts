import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { ArticleRankingService } from './article-ranking.service';
import { TrendsController } from './trends.controller';
import { TrendsService } from './trends.service';

/** Trend series, the article ranking and article timelines, read from the rollups. */
@Module({
  imports: [AlertsModule],
  controllers: [TrendsController],
  providers: [TrendsService, ArticleRankingService],
})
export class TrendsModule {}
