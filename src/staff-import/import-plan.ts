import { Role } from '../access/role';
import { ImportProblem } from './import-problem';

/** Who runs an import. The command line has no account and acts with an administrator's rights. */
export interface ImportActor {
  id: number | null;
  role: Role;
}

export const COMMAND_LINE_ACTOR: ImportActor = { id: null, role: Role.Admin };

/** One changed field, for the preview: a Vietnamese label and display values, old → new. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

/** What an import would do; nothing may be applied while `problems` is not empty. */
export interface ImportPlan<Create, Update> {
  creates: Create[];
  updates: Update[];
  unchanged: number;
  /** Records in the database that the file does not mention: left alone. */
  notInFile: number;
  problems: ImportProblem[];
}

/** The display form of an optional value in a change list. */
export function shown(value: string | null): string {
  return value === null || value === '' ? '—' : value;
}
