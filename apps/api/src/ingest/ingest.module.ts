import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { CommentsModule } from '../comments/comments.module';
import { BulkIngestService } from './bulk-ingest.service';
import { IngestController } from './ingest.controller';
import { IngestService } from './ingest.service';
import { SeedOnEmptyService } from './seed-on-empty.service';

/** Ingestion: the bulk endpoint, parsed files, and the sample corpus on first start. */
@Module({
  imports: [ArticlesModule, CommentsModule],
  controllers: [IngestController],
  providers: [IngestService, BulkIngestService, SeedOnEmptyService],
  exports: [IngestService],
})
export class IngestModule {}
