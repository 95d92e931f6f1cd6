import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs heavy reads (reports, exports) on the replica named by DATABASE_READ_URL, off the writer.
 * Without a replica, or on SQLite, they run where everything else does. A replica may lag by
 * a moment: use it only for reads that need not show a write made an instant ago.
 */
export async function readFromReplica<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner('slave');
  try {
    return await work(runner.manager);
  } finally {
    await runner.release();
  }
}
