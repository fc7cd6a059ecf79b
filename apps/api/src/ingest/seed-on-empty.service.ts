import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { AppConfig } from '../config/app.config';
import { IngestService } from './ingest.service';

/** On start, fills an empty database from the sample corpus, so a first start shows something. */
@Injectable()
export class SeedOnEmptyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedOnEmptyService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly ingest: IngestService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.isSeedOnEmpty) return;
    if ((await this.dataSource.manager.count(ArticleEntity)) > 0) return;
    if (!existsSync(this.config.seedDir)) {
      this.logger.warn(`seed folder ${this.config.seedDir} does not exist; starting empty`);
      return;
    }
    await this.ingest.ingestFolder(this.config.seedDir);
  }
}
