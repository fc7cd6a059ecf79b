import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { CommentsModule } from '../comments/comments.module';
import { IngestService } from './ingest.service';
import { SeedOnEmptyService } from './seed-on-empty.service';

/** Ingestion of parsed files, and the sample corpus on first start. */
@Module({
  imports: [ArticlesModule, CommentsModule],
  providers: [IngestService, SeedOnEmptyService],
  exports: [IngestService],
})
export class IngestModule {}
