import { DepartmentInTree, percent, subtreeSums } from '../common/subtree-sums';
import { ComplianceStatus } from '../compliance/compliance-status';
import { DepartmentComplianceRow } from './report-rows';

const EMPTY: Record<ComplianceStatus, number> = { completed: 0, expired: 0, overdue: 0, in_progress: 0, not_started: 0 };

/**
 * Rolls each department's counts up into every ancestor in the list (product.md §4: a
 * department's rate counts its sub-departments). Departments with nothing assigned stay, with
 * an empty rate: a unit never assigned the training is itself a finding.
 */
export function rollUp(departments: DepartmentInTree[], counts: Map<number, Record<ComplianceStatus, number>>): DepartmentComplianceRow[] {
  const totals = subtreeSums(departments, counts, EMPTY);
  return departments.map((department, index) => {
    const total = totals[index];
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
      completionRate: percent(total.completed, assigned),
    };
  });
}
