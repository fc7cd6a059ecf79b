import { DynamicModule, Module } from '@nestjs/common';
import { coreImports } from '../app.module';
import { AppConfig } from '../config/app.config';
import { IngestModule } from '../ingest/ingest.module';

/** What `npm run ingest` needs: the database, the scorer and the ingest services, without HTTP or accounts. */
@Module({})
export class IngestCliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: IngestCliModule,
      imports: [...coreImports(config), IngestModule],
    };
  }
}
