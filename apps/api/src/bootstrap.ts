import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';
import { AppConfig } from './config/app.config';
import { createValidationPipe } from './common/validation';
import { applyHttpHardening } from './security/http-hardening';

/** Builds the app as it runs in production and in the end-to-end tests: `/api` prefix, hardening, validation, OpenAPI. */
export async function createApp(config: AppConfig, logger: false | Logger = new Logger('Tenor')): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    logger: logger === false ? false : undefined,
    abortOnError: false,
    bodyParser: false,
  });
  app.setGlobalPrefix('api');
  applyHttpHardening(app, config);
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('Tenor API')
    .setDescription('Comment moderation and tone for news sites')
    .setVersion('0.1.0')
    .addCookieAuth('tenor_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
