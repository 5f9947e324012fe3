import { Module } from '@nestjs/common';
import { ChannelStatisticsController } from './channel-statistics.controller';
import { ChannelStatisticsService } from './channel-statistics.service';

/** Control rates by AEO status over a period, from the channel decisions. */
@Module({
  controllers: [ChannelStatisticsController],
  providers: [ChannelStatisticsService],
})
export class ChannelStatisticsModule {}
