import { ROLE_LABELS } from '../access/role';
import { ImportKind } from './import-kind';
import { formatProblem } from './import-problem';
import { ImportUpload } from './import-upload.entity';
import { ImportOutcome, PlannedImport } from './run-import';

/** Long lists are cut in the page; the counts above them stay exact. */
const SHOWN_ROWS = 500;

export const KIND_LABELS: Record<ImportKind, string> = {
  [ImportKind.Staff]: 'danh sách cán bộ',
  [ImportKind.Departments]: 'danh sách đơn vị',
};

interface Shortened<T> {
  items: T[];
  more: number;
}

function shorten<T>(items: T[]): Shortened<T> {
  return { items: items.slice(0, SHOWN_ROWS), more: Math.max(0, items.length - SHOWN_ROWS) };
}

export function formView(error?: string, kind: ImportKind = ImportKind.Staff): object {
  return { title: 'Nhập danh sách từ tệp CSV', error, staffChecked: kind === ImportKind.Staff, departmentsChecked: kind === ImportKind.Departments };
}

/** The preview page: what would be created, changed, left as it is, and every problem. */
export function previewView(upload: ImportUpload, planned: PlannedImport | null): object {
  const base = { title: `Xem trước: nhập ${KIND_LABELS[upload.kind]}`, upload, kindLabel: KIND_LABELS[upload.kind], isStaff: upload.kind === ImportKind.Staff };
  if (!planned) return { ...base, applied: true };
  const { plan } = planned;
  const { creates, updates } = listedRows(planned);
  return {
    ...base,
    decodedAsWindows: upload.encoding === 'windows-1258',
    counts: { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged, notInFile: plan.notInFile, problems: plan.problems.length },
    problems: shorten(plan.problems.map(formatProblem)),
    creates: shorten(creates),
    updates: shorten(updates),
    ignoredColumns: planned.ignoredColumns,
    canApply: plan.problems.length === 0,
  };
}

/** The rows of each table of the preview, in the shape the view shows them. */
function listedRows(planned: PlannedImport): { creates: object[]; updates: object[] } {
  if (planned.kind === ImportKind.Staff) {
    return {
      creates: planned.plan.creates.map((person) => ({ ...person, roleName: ROLE_LABELS[person.role] })),
      updates: planned.plan.updates.map((person) => ({ line: person.line, code: person.employeeCode, name: person.fullName, changes: person.changes })),
    };
  }
  return {
    creates: planned.plan.creates,
    updates: planned.plan.updates.map((unit) => ({ line: unit.line, code: unit.code, name: unit.name, changes: unit.changes })),
  };
}

/** The result page; one-time passwords appear here and nowhere else. */
export function resultView(upload: ImportUpload, outcome: ImportOutcome): object {
  return {
    title: `Đã nhập ${KIND_LABELS[upload.kind]}`,
    upload,
    kindLabel: KIND_LABELS[upload.kind],
    isStaff: upload.kind === ImportKind.Staff,
    counts: { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, notInFile: outcome.notInFile },
    accounts: outcome.accounts,
  };
}
