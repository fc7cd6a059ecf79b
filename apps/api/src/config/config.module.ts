import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './app.config';

/** The validated config, available to every module. */
@Module({})
export class ConfigModule {
  static register(config: AppConfig): DynamicModule {
    return { module: ConfigModule, global: true, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}
