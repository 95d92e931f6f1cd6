// Keeps IN (...) lists well under the bound-parameter limits of SQLite and MariaDB.
const BATCH = 500;

/** Runs a query over the items a batch at a time and concatenates the results. */
export async function inBatches<T, R>(items: T[], query: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += BATCH) results.push(...(await query(items.slice(start, start + BATCH))));
  return results;
}
