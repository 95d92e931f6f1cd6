import 'reflect-metadata';
import cluster from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { AppConfig, loadAppConfig } from './config/app-config';
import { ConfigurationError } from './config/environment';
import { runCluster } from './web/cluster';

async function serve(config: AppConfig): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, bufferLogs: true });
  app.useLogger(app.get(Logger));
  // process.exit() rather than a re-raised signal: pino flushes and a --cpu-prof profile gets written.
  app.enableShutdownHooks([], { useProcessExit: true });
  await configureApp(app);
  await app.listen(config.port);
  app.get(Logger).log(`ATTT training portal on ${config.publicUrl} (database: ${config.database.kind}, process ${process.pid})`);
}

function bootstrap(): void {
  let config: AppConfig;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  if (cluster.isPrimary && config.webConcurrency > 1) runCluster(config);
  else void serve(config);
}

bootstrap();
