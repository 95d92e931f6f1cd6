import { BeforeInsert, BeforeUpdate } from 'typeorm';
import { DateTimeColumn } from './columns';

/**
 * Creation and update times set by the application rather than by a column default: a default
 * with milliseconds has no spelling that both SQLite and MariaDB accept.
 */
export abstract class TimestampedEntity {
  @DateTimeColumn()
  public createdAt: Date;

  @DateTimeColumn()
  public updatedAt: Date;

  @BeforeInsert()
  protected stampCreation(): void {
    this.createdAt = this.updatedAt = new Date();
  }

  @BeforeUpdate()
  protected stampUpdate(): void {
    this.updatedAt = new Date();
  }
}
