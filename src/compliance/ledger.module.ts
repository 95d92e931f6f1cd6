import { Global, Module } from '@nestjs/common';
import { COMPLIANCE_SYNC } from '../common/compliance-sync';
import { LedgerService } from './ledger.service';

/** Global so that the features the ledger reads (attempts, certificates, courses) need not import compliance. */
@Global()
@Module({
  providers: [{ provide: COMPLIANCE_SYNC, useClass: LedgerService }],
  exports: [COMPLIANCE_SYNC],
})
export class LedgerModule {}
