import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Citation } from './content/course-content';
import { CourseVersion } from './course-version.entity';

@Entity('lessons')
@Index('UQ_lesson_position', ['courseVersionId', 'position'], { unique: true })
export class Lesson {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public courseVersionId: number;

  @ManyToOne(() => CourseVersion, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_version_id', foreignKeyConstraintName: 'FK_lesson_course_version' })
  public courseVersion?: CourseVersion;

  @Column({ type: 'integer' })
  public position: number;

  @Column({ type: 'varchar', length: 64 })
  public slug: string;

  @Column({ type: 'varchar', length: 255 })
  public title: string;

  @Column({ type: 'simple-json' })
  public sources: Citation[];

  /** Markdown; rendered without raw HTML. */
  @Column({ type: 'text' })
  public body: string;
}
