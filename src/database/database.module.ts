import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { retryConflictingTransactions } from './conflict-retry';
import { readCommittedTransactions } from './read-committed';
import { serialiseSqliteTransactions } from './sqlite-transactions';
import { beginSqliteTransactionsImmediately } from './sqlite-write-lock';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => ({
        ...(await dataSourceOptions(config.database)),
        // The schema is always brought up to date before the first request is served.
        migrationsRun: true,
        retryAttempts: config.isProduction ? 10 : 0,
      }),
      // Each wrapper leaves the other database alone: SQLite serialises and takes the write lock
      // first; MariaDB reads committed and runs a conflicting transaction again.
      dataSourceFactory: async (options) =>
        retryConflictingTransactions(readCommittedTransactions(beginSqliteTransactionsImmediately(serialiseSqliteTransactions(await new DataSource(options!).initialize())))),
    }),
  ],
})
export class DatabaseModule {}
