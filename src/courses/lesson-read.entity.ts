import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';

/** A learner opened a lesson: the progress shown on the course page. */
@Entity('lesson_reads')
@Index('UQ_lesson_read', ['userId', 'lessonId'], { unique: true })
export class LessonRead {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public userId: number;

  @Column({ type: 'integer' })
  public lessonId: number;

  @DateTimeColumn()
  public readAt: Date;
}
