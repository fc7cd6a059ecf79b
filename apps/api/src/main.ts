import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigError, describeDatabase, loadAppConfig } from './config/app.config';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${config.port}`;
  Logger.log(`database ${describeDatabase(config)}`, 'Tenor');
  Logger.log(`Tenor is running at ${url}/ (API ${url}/api, docs ${url}/api/docs)`, 'Tenor');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
