import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { databaseRateLimiter } from '../security/database-rate-limiter';

/** Enough for a person checking a pile of certificates, far too few to scan the serial space. */
export const VERIFICATIONS_PER_MINUTE = 30;

@Injectable()
export class VerifyThrottle {
  private readonly limiter: RateLimiterAbstract;

  public constructor(@InjectDataSource() dataSource: DataSource) {
    this.limiter = databaseRateLimiter(dataSource, 'verify', VERIFICATIONS_PER_MINUTE, 60);
  }

  public async consume(ip: string): Promise<void> {
    try {
      await this.limiter.consume(ip);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw new HttpException('Bạn tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau một phút.', HttpStatus.TOO_MANY_REQUESTS);
    }
  }
}
