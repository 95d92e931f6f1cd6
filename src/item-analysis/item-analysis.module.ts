import { Module } from '@nestjs/common';
import { ItemAnalysisController } from './item-analysis.controller';
import { ItemAnalysisRepository } from './item-analysis.repository';
import { ItemAnalysisService } from './item-analysis.service';

@Module({
  controllers: [ItemAnalysisController],
  providers: [ItemAnalysisService, ItemAnalysisRepository],
})
export class ItemAnalysisModule {}
