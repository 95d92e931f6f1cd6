/** What happened in one department (its own people only), as counted in the database. */
export interface DrillCounts {
  sent: number;
  clicked: number;
  dataEntered: number;
  reported: number;
  remedialAssigned: number;
  remedialCompleted: number;
}

export interface DepartmentForResults {
  id: number;
  code: string;
  name: string;
  path: string;
  depth: number;
}

export interface DrillResultRow extends DrillCounts {
  departmentCode: string;
  departmentName: string;
  depth: number;
  clickedRate: number | null;
  dataEnteredRate: number | null;
  reportedRate: number | null;
  remedialCompletedRate: number | null;
}

export const NO_COUNTS: DrillCounts = { sent: 0, clicked: 0, dataEntered: 0, reported: 0, remedialAssigned: 0, remedialCompleted: 0 };

/**
 * Each department with its sub-departments counted in (as the compliance report does), keeping
 * only departments that received something: a drill rarely targets the whole tree.
 */
export function rollUpDrill(departments: DepartmentForResults[], counts: Map<number, DrillCounts>): DrillResultRow[] {
  return departments
    .map((department) => {
      const total = { ...NO_COUNTS };
      for (const other of departments) {
        if (!other.path.startsWith(department.path)) continue;
        const own = counts.get(other.id) ?? NO_COUNTS;
        for (const key of Object.keys(total) as Array<keyof DrillCounts>) total[key] += own[key];
      }
      return { departmentCode: department.code, departmentName: department.name, depth: department.depth, ...withRates(total) };
    })
    .filter((row) => row.sent > 0);
}

/** The same counts for everything in scope, as one line. */
export function totalOf(counts: Iterable<DrillCounts>): DrillCounts & Omit<DrillResultRow, 'departmentCode' | 'departmentName' | 'depth'> {
  const total = { ...NO_COUNTS };
  for (const own of counts) for (const key of Object.keys(total) as Array<keyof DrillCounts>) total[key] += own[key];
  return withRates(total);
}

function withRates(counts: DrillCounts): DrillCounts & Pick<DrillResultRow, 'clickedRate' | 'dataEnteredRate' | 'reportedRate' | 'remedialCompletedRate'> {
  return {
    ...counts,
    clickedRate: rate(counts.clicked, counts.sent),
    dataEnteredRate: rate(counts.dataEntered, counts.sent),
    reportedRate: rate(counts.reported, counts.sent),
    remedialCompletedRate: rate(counts.remedialCompleted, counts.remedialAssigned),
  };
}

/** Percent with one decimal; null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}
