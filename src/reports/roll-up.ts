import { DepartmentComplianceRow } from './report-rows';
import { ComplianceStatus } from '../compliance/compliance-status';

export interface DepartmentInTree {
  id: number;
  code: string;
  name: string;
  path: string;
  depth: number;
}

const EMPTY: Record<ComplianceStatus, number> = { completed: 0, expired: 0, overdue: 0, in_progress: 0, not_started: 0 };

/**
 * Rolls each department's counts up into every ancestor in the list (product.md §4: a
 * department's rate counts its sub-departments). Departments with nothing assigned stay, with
 * an empty rate: a unit never assigned the training is itself a finding.
 */
export function rollUp(departments: DepartmentInTree[], counts: Map<number, Record<ComplianceStatus, number>>): DepartmentComplianceRow[] {
  return departments.map((department) => {
    const total = { ...EMPTY };
    for (const other of departments) {
      if (!other.path.startsWith(department.path)) continue;
      const own = counts.get(other.id) ?? EMPTY;
      for (const status of Object.keys(total) as ComplianceStatus[]) total[status] += own[status];
    }
    const assigned = Object.values(total).reduce((sum, count) => sum + count, 0);
    return {
      departmentCode: department.code,
      departmentName: department.name,
      depth: department.depth,
      assigned,
      completed: total.completed,
      inProgress: total.in_progress,
      notStarted: total.not_started,
      overdue: total.overdue,
      expired: total.expired,
      completionRate: completionRate(total.completed, assigned),
    };
  });
}

/** Percent with one decimal; null when nothing is assigned. */
export function completionRate(completed: number, assigned: number): number | null {
  return assigned === 0 ? null : Math.round((completed * 1000) / assigned) / 10;
}
