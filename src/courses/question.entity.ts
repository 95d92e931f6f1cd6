import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Citation, QuestionOption, QuestionType } from './content/course-content';
import { CourseVersion } from './course-version.entity';

@Entity('questions')
@Index('UQ_question_key', ['courseVersionId', 'questionKey'], { unique: true })
export class Question {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public courseVersionId: number;

  @ManyToOne(() => CourseVersion, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_version_id', foreignKeyConstraintName: 'FK_question_course_version' })
  public courseVersion?: CourseVersion;

  /** The stable id from questions.yaml. */
  @Column({ type: 'varchar', length: 64 })
  public questionKey: string;

  @Column({ type: 'integer' })
  public position: number;

  @Column({ type: 'varchar', length: 16 })
  public type: QuestionType;

  @Column({ type: 'text' })
  public text: string;

  @Column({ type: 'simple-json' })
  public options: QuestionOption[];

  @Column({ type: 'simple-json' })
  public correct: string[];

  @Column({ type: 'text' })
  public explanation: string;

  @Column({ type: 'text', nullable: true })
  public rule: string | null;

  @Column({ type: 'simple-json' })
  public source: Citation;
}
