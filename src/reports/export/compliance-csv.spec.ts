import { parse } from 'csv-parse/sync';
import { Writable } from 'node:stream';
import { writeComplianceCsv, writePeopleCsv } from './compliance-csv';
import { written } from '../../../test/helpers/export-streams';
import { countedPeople, failingPeople, departmentRow, personRow, provinceRows } from '../../../test/factories/report-rows.factory';

const SUMMARY_HEADER = 'department_code,department_name,assigned,completed,in_progress,not_started,overdue,expired,completion_rate';
const PEOPLE_HEADER = 'employee_code,full_name,department_code,course_code,status,best_score,completed_at,certificate_serial,due_date';

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

function records(csv: Buffer): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true }) as Record<string, string>[];
}

describe('compliance CSV', () => {
  it('should start with the UTF-8 BOM and the exact header, with CRLF line endings', async () => {
    const csv = await written((output) => writeComplianceCsv(provinceRows(), output));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(SUMMARY_HEADER);
    expect(lines).toHaveLength(provinceRows().length + 2);
    expect(lines.at(-1)).toBe('');
  });

  it('should write the rate with one decimal, and nothing when nothing was assigned', async () => {
    const rows = [
      departmentRow({ departmentCode: 'A', completionRate: 87.5 }),
      departmentRow({ departmentCode: 'B', completionRate: 100 }),
      departmentRow({ departmentCode: 'C', completionRate: 0 }),
      departmentRow({ departmentCode: 'D', assigned: 0, completed: 0, inProgress: 0, completionRate: null }),
    ];
    const parsed = records(await written((output) => writeComplianceCsv(rows, output)));
    expect(parsed.map((record) => record.completion_rate)).toEqual(['87.5', '100.0', '0.0', '']);
    expect(parsed[3]).toMatchObject({ assigned: '0', completed: '0' });
  });

  it('should round-trip Vietnamese names, commas and quotes, and neutralise formulas', async () => {
    const rows = [departmentRow({ departmentName: 'Phòng Tổ chức, biên chế và "Tổ chức phi chính phủ"' }), departmentRow({ departmentCode: '=1+1', departmentName: '@Ủy ban nhân dân xã Hòa Ninh' })];
    const parsed = records(await written((output) => writeComplianceCsv(rows, output)));
    expect(parsed[0].department_name).toBe('Phòng Tổ chức, biên chế và "Tổ chức phi chính phủ"');
    expect(parsed[1]).toMatchObject({ department_code: "'=1+1", department_name: "'@Ủy ban nhân dân xã Hòa Ninh" });
  });
});

describe('people CSV', () => {
  it('should write the exact header, English status codes, ISO dates and empty nulls', async () => {
    const people = [
      personRow(1, { fullName: 'Tôn Nữ Thị Phương Thảo', status: 'completed', bestScore: 95, completedAt: '2026-03-05', certificateSerial: 'K7QX-3MRT-9HWC' }),
      personRow(2, { fullName: '-Lê Văn Tám', status: 'not_started', bestScore: null, completedAt: null, certificateSerial: null }),
    ];
    const csv = await written((output) => writePeopleCsv(fromArray(people), output));
    expect(csv.subarray(3).toString('utf8').split('\r\n')[0]).toBe(PEOPLE_HEADER);
    const [done, waiting] = records(csv);
    expect(done).toMatchObject({ full_name: 'Tôn Nữ Thị Phương Thảo', status: 'completed', best_score: '95', completed_at: '2026-03-05' });
    expect(done).toMatchObject({ certificate_serial: 'K7QX-3MRT-9HWC', due_date: '2026-12-31', course_code: 'ATTT-CB' });
    expect(waiting).toMatchObject({ full_name: "'-Lê Văn Tám", status: 'not_started', best_score: '', completed_at: '', certificate_serial: '' });
  });

  it('should stream 20,000 rows no faster than a slow reader takes them', async () => {
    const people = countedPeople(20_000);
    let lines = 0;
    let maxAhead = 0;
    const slowReader = new Writable({
      highWaterMark: 4096,
      write(chunk: Buffer, _encoding, callback): void {
        lines += chunk.toString('utf8').split('\n').length - 1;
        maxAhead = Math.max(maxAhead, people.pulled() - lines);
        setImmediate(callback);
      },
    });
    await writePeopleCsv(people, slowReader);
    expect(lines).toBe(20_001);
    // Only a few stream buffers' worth of rows may wait in memory, never the whole export.
    expect(maxAhead).toBeLessThan(1_000);
  });

  it('should stop reading rows and reject when the client goes away', async () => {
    const rows = countedPeople(100_000);
    const client = new Writable({
      write(_chunk: Buffer, _encoding, callback): void {
        callback();
        this.destroy();
      },
    });
    await expect(writePeopleCsv(rows, client)).rejects.toThrow();
    expect(rows.pulled()).toBeLessThan(10_000);
    expect(rows.closed()).toBe(true);
  });

  it('should break the download rather than end a truncated file when reading rows fails', async () => {
    const output = new Writable({
      write(_chunk: Buffer, _encoding, callback): void {
        callback();
      },
    });
    await expect(writePeopleCsv(failingPeople(), output)).rejects.toThrow('database went away');
    expect([output.destroyed, output.writableFinished]).toEqual([true, false]);
  });
});
