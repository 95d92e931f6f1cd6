import { Injectable, Logger, Module } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notice } from './notice.entity';
import { NoticesController } from './notices.controller';
import { NoticesService } from './notices.service';
import { ReminderJob } from './reminder-job';
import { ReminderJobModule } from './reminder-job.module';

@Injectable()
export class ReminderSchedule {
  private readonly logger = new Logger(ReminderSchedule.name);

  public constructor(private readonly job: ReminderJob) {}

  @Cron('0 7 * * *', { name: 'reminders', timeZone: 'Asia/Ho_Chi_Minh' })
  public async daily(): Promise<void> {
    const result = await this.job.run();
    this.logger.log(`Reminders: ${result.created} created, ${result.emailed} e-mailed`);
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([Notice]), ReminderJobModule],
  controllers: [NoticesController],
  providers: [ReminderSchedule, NoticesService],
  exports: [ReminderJobModule, NoticesService],
})
export class RemindersModule {}
