import { CreateDepartments1764000000000 } from './1764000000000-CreateDepartments';
import { CreateUsers1764000001000 } from './1764000001000-CreateUsers';
import { CreateSessions1764000002000 } from './1764000002000-CreateSessions';
import { CreateAuditEvents1764000003000 } from './1764000003000-CreateAuditEvents';
import { CreateLoginRateLimits1764000004000 } from './1764000004000-CreateLoginRateLimits';

/** Every migration in order; listed explicitly so that the build, the CLI and jest load the same set. */
export const migrations = [
  CreateDepartments1764000000000,
  CreateUsers1764000001000,
  CreateSessions1764000002000,
  CreateAuditEvents1764000003000,
  CreateLoginRateLimits1764000004000,
];
