import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../access/public.decorator';
import { OidcClient } from '../auth/sso/oidc-client';

const PROBE_TIMEOUT_MS = 2_000;

@Controller('health')
export class HealthController {
  public constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly oidc: OidcClient,
  ) {}

  /** For load balancers: 200 only when the database answers, quickly. */
  @Public()
  @Get()
  public async check(@Res() response: Response): Promise<void> {
    response.setHeader('Cache-Control', 'no-store');
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), PROBE_TIMEOUT_MS);
      // An identity provider that is down does not make the portal unhealthy: local sign-in still works.
      const oidc = this.oidc.status();
      response
        .status(200)
        .json(
          oidc
            ? { status: 'ok', details: { oidc: oidc.state === 'ready' ? { issuer: oidc.issuer, state: oidc.state } : { issuer: oidc.issuer, state: oidc.state, signIn: 'local only' } } }
            : { status: 'ok' },
        );
    } catch {
      response.status(503).json({ status: 'unavailable', database: 'down' });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database probe timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
