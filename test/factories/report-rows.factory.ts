import { DepartmentComplianceRow, PersonComplianceRow, ReportMeta } from '../../src/reports/report-rows';
import { COMPLIANCE_STATUSES } from '../../src/compliance/compliance-status';

/** Test data for the exports; belongs in test/factories/ once the lead moves it. */

type Counts = Pick<DepartmentComplianceRow, 'completed' | 'inProgress' | 'notStarted' | 'overdue' | 'expired'>;

interface Unit {
  code: string;
  name: string;
  counts?: [completed: number, inProgress: number, notStarted: number, overdue: number, expired: number];
  children?: Unit[];
}

const AN_HOA: Unit = {
  code: 'UBND-AH',
  name: 'Ủy ban nhân dân tỉnh An Hòa',
  children: [
    { code: 'VP-UBND', name: 'Văn phòng Ủy ban nhân dân tỉnh', counts: [38, 4, 1, 2, 0] },
    {
      code: 'STTTT',
      name: 'Sở Thông tin và Truyền thông',
      children: [
        { code: 'STTTT-VP', name: 'Văn phòng Sở', counts: [14, 1, 0, 1, 0] },
        { code: 'STTTT-CNTT', name: 'Phòng Công nghệ thông tin và Chuyển đổi số', counts: [12, 0, 0, 0, 0] },
        { code: 'STTTT-GSAT', name: 'Trung tâm Giám sát, Điều hành an toàn, an ninh mạng và Chuyển đổi số tỉnh An Hòa', counts: [21, 2, 0, 0, 1] },
      ],
    },
    {
      code: 'SNV',
      name: 'Sở Nội vụ',
      children: [
        { code: 'SNV-TCBC', name: 'Phòng Tổ chức, biên chế và Tổ chức phi chính phủ', counts: [9, 3, 2, 1, 0] },
        { code: 'SNV-CCVC', name: 'Phòng Công chức, viên chức', counts: [7, 1, 0, 0, 0] },
      ],
    },
    { code: 'STC', name: 'Sở Tài chính', counts: [41, 6, 9, 7, 2] },
    {
      code: 'SYT',
      name: 'Sở Y tế',
      children: [
        { code: 'SYT-BVDK', name: 'Bệnh viện Đa khoa tỉnh', counts: [312, 57, 88, 41, 12] },
        { code: 'SYT-CDC', name: 'Trung tâm Kiểm soát bệnh tật tỉnh', counts: [64, 8, 5, 3, 0] },
      ],
    },
    {
      code: 'UBND-PS',
      name: 'Ủy ban nhân dân huyện Phước Sơn',
      children: [
        { code: 'PS-VP', name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', counts: [19, 2, 4, 6, 0] },
        { code: 'PS-HN', name: 'Ủy ban nhân dân xã Hòa Ninh', counts: [0, 0, 0, 0, 0] },
      ],
    },
  ],
};

/** A province of 17 departments in 3 levels, rolled up, with one unit that was assigned nothing. */
export function provinceRows(): DepartmentComplianceRow[] {
  return flatten(AN_HOA, 0);
}

/** A flat list of `count` level-1 units under one root, each with numbers of its own. */
export function manyDepartmentRows(count: number): DepartmentComplianceRow[] {
  const children = Array.from({ length: count }, (_, i): Unit => ({
    code: `DV-${String(i + 1).padStart(3, '0')}`,
    name: `Phòng Quản lý đô thị và Hạ tầng số ${i + 1}`,
    counts: [(i * 7) % 23, i % 4, i % 3, i % 5, i % 2],
  }));
  return flatten({ code: 'UBND-AH', name: 'Ủy ban nhân dân tỉnh An Hòa', children }, 0);
}

export function departmentRow(overrides: Partial<DepartmentComplianceRow> = {}): DepartmentComplianceRow {
  return { ...row('STTTT', 'Sở Thông tin và Truyền thông', 0, { completed: 7, inProgress: 1, notStarted: 0, overdue: 0, expired: 0 }), ...overrides };
}

function flatten(unit: Unit, depth: number): DepartmentComplianceRow[] {
  const below = (unit.children ?? []).flatMap((child) => flatten(child, depth + 1));
  const [completed, inProgress, notStarted, overdue, expired] = unit.counts ?? [0, 0, 0, 0, 0];
  const own: Counts = { completed, inProgress, notStarted, overdue, expired };
  const children = below.filter((child) => child.depth === depth + 1);
  const total = children.reduce((sum, child) => sumCounts(sum, child), own);
  return [row(unit.code, unit.name, depth, total), ...below];
}

function sumCounts(a: Counts, b: Counts): Counts {
  return {
    completed: a.completed + b.completed,
    inProgress: a.inProgress + b.inProgress,
    notStarted: a.notStarted + b.notStarted,
    overdue: a.overdue + b.overdue,
    expired: a.expired + b.expired,
  };
}

function row(departmentCode: string, departmentName: string, depth: number, counts: Counts): DepartmentComplianceRow {
  const assigned = counts.completed + counts.inProgress + counts.notStarted + counts.overdue + counts.expired;
  const completionRate = assigned === 0 ? null : Math.round((counts.completed / assigned) * 1000) / 10;
  return { departmentCode, departmentName, depth, assigned, ...counts, completionRate };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng'];
const GIVEN = ['Thị Hằng', 'Văn Minh', 'Đức Thắng', 'Ngọc Ánh', 'Quốc Bảo', 'Thị Thu Hương', 'Hữu Phước'];

/** The i-th person of a generated agency: statuses, scores and dates vary with i. */
export function personRow(i: number, overrides: Partial<PersonComplianceRow> = {}): PersonComplianceRow {
  const status = COMPLIANCE_STATUSES[i % COMPLIANCE_STATUSES.length];
  const done = status === 'completed' || status === 'expired';
  return {
    employeeCode: `AH-${String(i).padStart(6, '0')}`,
    fullName: `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]}`,
    departmentCode: 'STTTT-CNTT',
    departmentName: 'Phòng Công nghệ thông tin và Chuyển đổi số',
    courseCode: 'ATTT-CB',
    courseTitle: 'An toàn thông tin cơ bản cho cán bộ, công chức',
    status,
    bestScore: status === 'not_started' ? null : 60 + (i % 41),
    completedAt: done ? `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}` : null,
    certificateSerial: done ? `K7QX-${String(i % 10000).padStart(4, '0')}-9HWC` : null,
    dueDate: '2026-12-31',
    ...overrides,
  };
}

export async function* generatedPeople(count: number): AsyncGenerator<PersonComplianceRow> {
  for (let i = 1; i <= count; i++) yield personRow(i);
}

/** People rows that remember how many were asked for and whether the reader let go of them. */
export function countedPeople(count: number): AsyncIterable<PersonComplianceRow> & { pulled(): number; closed(): boolean } {
  let pulled = 0;
  let closed = false;
  async function* rows(): AsyncGenerator<PersonComplianceRow> {
    try {
      for (pulled = 1; pulled <= count; pulled++) yield personRow(pulled);
    } finally {
      closed = true;
    }
  }
  return Object.assign(rows(), { pulled: () => pulled, closed: () => closed });
}

/** 500 people, then the error a dropped database connection gives. */
export async function* failingPeople(): AsyncGenerator<PersonComplianceRow> {
  yield* generatedPeople(500);
  throw new Error('database went away');
}

export function reportMeta(overrides: Partial<ReportMeta> = {}): ReportMeta {
  return {
    parentAgency: 'Ủy ban nhân dân tỉnh An Hòa',
    agency: 'Sở Thông tin và Truyền thông',
    place: 'An Hòa',
    generatedAt: new Date('2026-11-24T09:30:00+07:00'),
    departmentLabel: 'Ủy ban nhân dân tỉnh An Hòa',
    courseLabel: 'Tất cả khóa học',
    preparedBy: 'Nguyễn Thị Hằng',
    ...overrides,
  };
}
