import { attemptShortcut, CertificateFact, LedgerFacts, planLedger, ShortcutRow } from './ledger-rules';

const now = new Date('2026-11-24T03:00:00Z');
const day = 24 * 3600 * 1000;
const certificate = (id: number, issuedDaysAgo: number, validDays: number | null, revoked = false): CertificateFact => ({
  id,
  serial: `S${id}`,
  issuedAt: new Date(+now - issuedDaysAgo * day),
  expiresAt: validDays === null ? null : new Date(+now - issuedDaysAgo * day + validDays * day),
  revokedAt: revoked ? now : null,
});
const facts = (overrides: Partial<LedgerFacts>): LedgerFacts => ({
  assignedDueDate: '2026-12-31',
  current: null,
  certificates: [],
  attempts: [],
  lessonReads: [],
  now,
  today: '2026-11-24',
  ...overrides,
});

describe('planLedger', () => {
  it('should start a newly assigned person as not started in cycle 1', () => {
    expect(planLedger(facts({}))?.current).toMatchObject({ cycle: 1, status: 'not_started', assigned: true, dueDate: '2026-12-31', certificate: null });
  });

  it('should leave someone never assigned out of the ledger', () => {
    expect(planLedger(facts({ assignedDueDate: null }))).toBeNull();
  });

  it('should mark reading or attempting as in progress, with the best score', () => {
    const plan = planLedger(
      facts({
        attempts: [
          { startedAt: now, scorePercent: 40 },
          { startedAt: now, scorePercent: 70 },
        ],
      }),
    );
    expect(plan?.current).toMatchObject({ status: 'in_progress', bestScore: 70 });
    expect(planLedger(facts({ lessonReads: [now] }))?.current.status).toBe('in_progress');
  });

  it('should mark a passed due date as overdue unless completed', () => {
    expect(planLedger(facts({ assignedDueDate: '2026-11-23', lessonReads: [now] }))?.current.status).toBe('overdue');
    expect(planLedger(facts({ assignedDueDate: '2026-11-24' }))?.current.status).toBe('not_started');
    expect(planLedger(facts({ assignedDueDate: '2026-11-23', certificates: [certificate(1, 2, 730)] }))?.current.status).toBe('completed');
  });

  it('should count a certificate earned before the assignment as completed', () => {
    expect(planLedger(facts({ certificates: [certificate(1, 100, 730)] }))?.current).toMatchObject({ status: 'completed', certificate: { id: 1 } });
  });

  it('should report an expired certificate as expired, and a revoked one not at all', () => {
    expect(planLedger(facts({ certificates: [certificate(1, 800, 730)] }))?.current.status).toBe('expired');
    expect(planLedger(facts({ certificates: [certificate(1, 10, 730, true)] }))?.current.status).toBe('not_started');
  });

  it('should close an expired cycle and open the next one, completed, on recertification', () => {
    const current = { cycle: 1, assignedAt: new Date(+now - 900 * day), dueDate: '2024-07-01' };
    const plan = planLedger(facts({ current, certificates: [certificate(1, 800, 730), certificate(2, 5, 730)] }));
    expect(plan?.closed).toMatchObject({ cycle: 1, status: 'expired', certificate: { id: 1 } });
    expect(plan?.current).toMatchObject({ cycle: 2, status: 'completed', certificate: { id: 2 } });
    // Applying the plan again changes nothing: the new cycle only counts certificates since it opened.
    const again = planLedger(facts({ current: { cycle: 2, assignedAt: plan!.current.assignedAt, dueDate: plan!.current.dueDate }, certificates: [certificate(1, 800, 730), certificate(2, 5, 730)] }));
    expect(again).toMatchObject({ closed: null, current: { cycle: 2, status: 'completed' } });
  });

  it('should keep the history of a removed assignment without counting it', () => {
    const current = { cycle: 1, assignedAt: now, dueDate: '2026-12-31' };
    expect(planLedger(facts({ assignedDueDate: null, current }))?.current).toMatchObject({ assigned: false, dueDate: '2026-12-31' });
  });
});

describe('attemptShortcut', () => {
  const row = (overrides: Partial<ShortcutRow> = {}): ShortcutRow => ({
    cycle: 1,
    assignedAt: new Date(+now - 30 * day),
    dueDate: '2026-12-31',
    status: 'not_started',
    bestScore: null,
    certificateId: null,
    ...overrides,
  });
  const issued = { id: 5, serial: 'S5', issuedAt: now, expiresAt: null };

  it('should mark a started quiz in progress, and overdue past the due date', () => {
    expect(attemptShortcut(row(), { startedAt: now, scorePercent: null, certificate: null }, '2026-11-24')).toEqual({ status: 'in_progress', bestScore: null });
    expect(attemptShortcut(row({ dueDate: '2026-11-23' }), { startedAt: now, scorePercent: null, certificate: null }, '2026-11-24')).toEqual({ status: 'overdue', bestScore: null });
  });

  it('should keep the best score and complete the row with the certificate', () => {
    expect(attemptShortcut(row({ status: 'in_progress', bestScore: 80 }), { startedAt: now, scorePercent: 40, certificate: null }, '2026-11-24')).toEqual({ status: 'in_progress', bestScore: 80 });
    expect(attemptShortcut(row({ status: 'overdue', bestScore: 40 }), { startedAt: now, scorePercent: 90, certificate: issued }, '2026-11-24')).toEqual({
      status: 'completed',
      bestScore: 90,
      certificateId: 5,
      certificateSerial: 'S5',
      completedAt: now,
      expiresAt: null,
    });
  });

  it('should leave to the recount a cycle with a certificate, and an attempt older than a later cycle', () => {
    expect(attemptShortcut(row({ status: 'completed', certificateId: 3 }), { startedAt: now, scorePercent: 90, certificate: issued }, '2026-11-24')).toBeNull();
    expect(attemptShortcut(row({ status: 'expired' }), { startedAt: now, scorePercent: 90, certificate: null }, '2026-11-24')).toBeNull();
    expect(attemptShortcut(row({ cycle: 2, assignedAt: now }), { startedAt: new Date(+now - day), scorePercent: 90, certificate: null }, '2026-11-24')).toBeNull();
  });
});
