import { addCounts, DepartmentInTree, percent, subtreeSums } from '../common/subtree-sums';

/** What happened in one department (its own people only), as counted in the database. */
export interface DrillCounts {
  sent: number;
  clicked: number;
  dataEntered: number;
  reported: number;
  remedialAssigned: number;
  remedialCompleted: number;
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
export function rollUpDrill(departments: DepartmentInTree[], counts: Map<number, DrillCounts>): DrillResultRow[] {
  const totals = subtreeSums(departments, counts, NO_COUNTS);
  return departments
    .map((department, index) => ({ departmentCode: department.code, departmentName: department.name, depth: department.depth, ...withRates(totals[index]) }))
    .filter((row) => row.sent > 0);
}

/** The same counts for everything in scope, as one line. */
export function totalOf(counts: Iterable<DrillCounts>): DrillCounts & Omit<DrillResultRow, 'departmentCode' | 'departmentName' | 'depth'> {
  const total = { ...NO_COUNTS };
  for (const own of counts) addCounts(total, own);
  return withRates(total);
}

function withRates(counts: DrillCounts): DrillCounts & Pick<DrillResultRow, 'clickedRate' | 'dataEnteredRate' | 'reportedRate' | 'remedialCompletedRate'> {
  return {
    ...counts,
    clickedRate: percent(counts.clicked, counts.sent),
    dataEnteredRate: percent(counts.dataEntered, counts.sent),
    reportedRate: percent(counts.reported, counts.sent),
    remedialCompletedRate: percent(counts.remedialCompleted, counts.remedialAssigned),
  };
}
