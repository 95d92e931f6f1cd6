import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config';
import { redactPassword } from '../config/database-url';
import { ConfigurationError } from '../config/environment';
import { dataSourceOptions } from '../database/data-source-options';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the default SQLite file) and stops. */
async function migrate(): Promise<void> {
  const config = loadAppConfig();
  const target = config.database.kind === 'sqlite' ? config.database.path : redactPassword(config.database.url);
  const dataSource = new DataSource(await dataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(applied.length ? `Applied ${applied.length} migration(s) to ${target}:\n${applied.map((m) => `  ${m.name}`).join('\n')}\n` : `${target} is up to date.\n`);
  } finally {
    await dataSource.destroy();
  }
}

migrate().catch((error: Error) => {
  process.stderr.write(error instanceof ConfigurationError ? `${error.message}\n` : `Migration failed: ${error.message}\n`);
  process.exit(1);
});
