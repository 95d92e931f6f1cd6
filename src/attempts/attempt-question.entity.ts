import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Question } from '../courses/question.entity';
import { Attempt } from './attempt.entity';

/** A question drawn for an attempt, with the option order shown and the answer given. */
@Entity('attempt_questions')
@Index('UQ_attempt_question_position', ['attemptId', 'position'], { unique: true })
// Item analysis reads answers question by question (migrations/1764000020000).
@Index('IDX_attempt_question_question', ['questionId', 'isCorrect', 'attemptId'])
export class AttemptQuestion {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public attemptId: number;

  @ManyToOne(() => Attempt, (attempt) => attempt.questions, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'FK_attempt_question_attempt' })
  public attempt?: Attempt;

  @Column({ type: 'integer' })
  public position: number;

  @Column({ type: 'integer' })
  public questionId: number;

  @ManyToOne(() => Question, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_attempt_question_question' })
  public question?: Question;

  /** Option ids in the shuffled order the learner saw. */
  @Column({ type: 'simple-json' })
  public optionOrder: string[];

  /** Option ids chosen; null until submitted. */
  @Column({ type: 'simple-json', nullable: true })
  public answer: string[] | null;

  @Column({ type: 'boolean', nullable: true })
  public isCorrect: boolean | null;
}
