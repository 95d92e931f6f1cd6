import { Role } from '../src/access/role';
import { comparePersonNames } from '../src/common/vietnamese-order';
import { ReportsService } from '../src/reports/reports.service';
import { signedInUser } from './factories/signed-in-user.factory';
import { usePortal } from './helpers/portal-fixture';
import { describeEachDatabase } from './helpers/test-database';

/**
 * The people drill-down shows its first rows only (2,000 on screen). They must be the first rows in
 * the order the page shows (given name, Vietnamese letters), chosen by the database before it
 * limits: taking rows by id or by family name and sorting them afterwards shows the wrong people.
 */
describeEachDatabase('Lists limited in the database keep their first people in staff-list order', (kind) => {
  const fixture = usePortal(kind);

  async function allPeopleInOrder(reports: ReportsService): Promise<string[]> {
    const subject = await reports.subject(signedInUser(Role.Hr), {});
    const names: string[] = [];
    for await (const row of reports.people(subject)) names.push(row.fullName);
    return names.sort(comparePersonNames);
  }

  it('takes the first people by given name for the drill-down, whatever the limit', async () => {
    const reports = fixture.portal.app.get(ReportsService);
    const expected = await allPeopleInOrder(reports);
    // The demo organisation must tell the orders apart, or this test could not fail.
    expect([...expected].sort().slice(0, 8)).not.toEqual(expected.slice(0, 8));
    const subject = await reports.subject(signedInUser(Role.Hr), {});
    for (const limit of [1, 8, 25]) {
      const shown = (await reports.firstPeople(subject, limit)).map((row) => row.fullName);
      expect({ limit, shown }).toEqual({ limit, shown: expected.slice(0, limit) });
    }
  });

  it('takes the first overdue people by given name for the dashboards', async () => {
    const reports = fixture.portal.app.get(ReportsService);
    const subject = await reports.subject(signedInUser(Role.Hr), {});
    const everyone = (await reports.overdue(subject, 100_000)).map((row) => row.fullName);
    expect(everyone.length).toBeGreaterThan(3);
    expect(everyone).toEqual([...everyone].sort(comparePersonNames));
    expect((await reports.overdue(subject, 3)).map((row) => row.fullName)).toEqual(everyone.slice(0, 3));
  });
});
