/** A department in a list ordered as a tree, with its materialised path ("/1/4/"). */
export interface DepartmentInTree {
  id: number;
  code: string;
  name: string;
  path: string;
  depth: number;
}

/**
 * Each department's counts with those of every department below it in the list (product.md §4:
 * a department's rate counts its sub-departments), in the list's order. Reports and drill
 * results roll up alike.
 */
export function subtreeSums<Key extends string>(departments: DepartmentInTree[], counts: Map<number, Record<Key, number>>, empty: Record<Key, number>): Array<Record<Key, number>> {
  return departments.map((department) => {
    const total = { ...empty };
    for (const other of departments) if (other.path.startsWith(department.path)) addCounts(total, counts.get(other.id) ?? empty);
    return total;
  });
}

/** Adds `own` into `total`, key by key. */
export function addCounts<Key extends string>(total: Record<Key, number>, own: Record<Key, number>): void {
  for (const key of Object.keys(total) as Key[]) total[key] += own[key];
}

/** Percent with one decimal; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}
