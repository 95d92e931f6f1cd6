import { AuditEvent } from '../audit/audit-event.entity';
import { Department } from '../departments/department.entity';
import { Session } from '../sessions/session.entity';
import { User } from '../users/user.entity';

/** Every entity, for the data source used by the server, the migration CLI and the tests. */
export const entities = [Department, User, Session, AuditEvent];
