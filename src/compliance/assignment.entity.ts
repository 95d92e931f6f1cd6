import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from '../courses/course.entity';
import { DateTimeColumn } from '../database/columns';
import { Department } from '../departments/department.entity';
import { Role } from '../access/role';

/**
 * HR's decision that a course is mandatory for a department (optionally with its
 * sub-departments) and/or a role, by a due date. Never deleted: removal is recorded.
 */
@Entity('assignments')
@Index('IDX_assignment_course', ['courseId'])
export class Assignment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public courseId: number;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_assignment_course' })
  public course?: Course;

  /** Null: every department (then `role` usually narrows it). */
  @Column({ type: 'integer', nullable: true })
  public departmentId: number | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_assignment_department' })
  public department?: Department | null;

  @Column({ type: 'boolean', default: 1 })
  public includeSubdepartments: boolean;

  /** Set: this one person only (a drill's remedial course); department and role are then null. */
  @Column({ type: 'integer', nullable: true })
  public userId: number | null;

  /** Null: every role. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  public role: Role | null;

  /** Calendar date in Vietnam, "YYYY-MM-DD": due at the end of that day. */
  @Column({ type: 'varchar', length: 10 })
  public dueDate: string;

  @DateTimeColumn()
  public createdAt: Date;

  @Column({ type: 'integer', nullable: true })
  public createdById: number | null;

  @DateTimeColumn({ nullable: true })
  public removedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  public removedById: number | null;
}
