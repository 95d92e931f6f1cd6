import { DataSource } from 'typeorm';
import { ComplianceRecord } from '../src/compliance/compliance-record.entity';
import { Course } from '../src/courses/course.entity';
import { Department } from '../src/departments/department.entity';
import { COMPLIANCE_STATUSES } from '../src/compliance/compliance-status';

const CHUNK = 1000;

/** A deterministic pseudo-random sequence, so every run measures the same organisation. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * A province of `departments` units in three levels and `people` × `courses` ledger rows with a
 * spread of statuses, inserted in bulk (the report reads only the ledger and the departments).
 */
export async function generateOrganisation(dataSource: DataSource, people: number, courses: number, departments = 200): Promise<void> {
  const random = seeded(42);
  const units: Department[] = [];
  for (let index = 0; index < departments; index++) {
    const parent = index === 0 ? null : units[index < 20 ? 0 : 1 + Math.floor(random() * 19)];
    const unit = await dataSource
      .getRepository(Department)
      .save(dataSource.getRepository(Department).create({ code: `DV-${index}`, name: `Đơn vị số ${index}`, parentId: parent?.id ?? null, path: '/' }));
    unit.path = `${parent?.path ?? '/'}${unit.id}/`;
    units.push(await dataSource.getRepository(Department).save(unit));
  }
  const courseRows = [];
  for (let index = 0; index < courses; index++)
    courseRows.push(await dataSource.getRepository(Course).save(dataSource.getRepository(Course).create({ code: `BENCH-${index}`, slug: `bench-${index}`, currentVersionId: null })));
  const now = new Date();
  let batch: Array<Partial<ComplianceRecord>> = [];
  for (let person = 1; person <= people; person++) {
    const unit = units[Math.floor(random() * units.length)];
    for (const course of courseRows) {
      batch.push({
        userId: person,
        courseId: course.id,
        cycle: 1,
        current: true,
        assigned: true,
        status: COMPLIANCE_STATUSES[Math.floor(random() * 5)],
        dueDate: random() < 0.5 ? '2026-06-30' : '2027-06-30',
        assignedAt: now,
        departmentId: unit.id,
        departmentPath: unit.path,
        bestScore: null,
        certificateId: null,
        certificateSerial: null,
        completedAt: null,
        expiresAt: null,
        updatedAt: now,
      });
      if (batch.length === CHUNK) {
        await dataSource.getRepository(ComplianceRecord).insert(batch);
        batch = [];
      }
    }
  }
  if (batch.length) await dataSource.getRepository(ComplianceRecord).insert(batch);
}
