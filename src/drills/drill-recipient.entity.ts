import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';
import { User } from '../users/user.entity';
import { DrillCampaign } from './drill-campaign.entity';

/**
 * One person of a campaign and what they did. The unique (campaign, person) key decides that a
 * person is planned once; claiming the row (claimedAt) before sending decides that a message
 * goes out at most once, whatever the number of instances or restarts.
 */
@Entity('drill_recipients')
@Index('UQ_drill_recipient_person', ['campaignId', 'userId'], { unique: true })
@Index('IDX_drill_recipient_due', ['campaignId', 'claimedAt', 'scheduledAt'])
export class DrillRecipient {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public campaignId: number;

  @ManyToOne(() => DrillCampaign, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'FK_drill_recipient_campaign' })
  public campaign?: DrillCampaign;

  @Column({ type: 'integer' })
  public userId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_drill_recipient_user' })
  public user?: User;

  /** The person's department when the campaign was planned: results stay where they happened. */
  @Column({ type: 'integer' })
  public departmentId: number;

  @Column({ type: 'varchar', length: 512 })
  public departmentPath: string;

  @DateTimeColumn()
  public scheduledAt: Date;

  /** SHA-256 (hex) of the link's token; the token itself is only ever in the e-mail. */
  @Index('UQ_drill_recipient_token', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  public tokenHash: string | null;

  @DateTimeColumn({ nullable: true })
  public claimedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  public sentAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  public sendFailures: number;

  @DateTimeColumn({ nullable: true })
  public clickedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  public dataEnteredAt: Date | null;

  @DateTimeColumn({ nullable: true })
  public reportedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  public remedialAssignedAt: Date | null;
}
