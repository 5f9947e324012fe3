import { Module } from '@nestjs/common';
import { WatchdogAlertsConsumer } from './watchdog-alerts.consumer';
import { WatchdogAlertsController } from './watchdog-alerts.controller';
import { WatchdogAlertsService } from './watchdog-alerts.service';

/** The revalidation watchdog's alerts (`/v1/watchdog-alerts`), stored from their topic by their consumer. */
@Module({
  controllers: [WatchdogAlertsController],
  providers: [WatchdogAlertsService, WatchdogAlertsConsumer],
})
export class WatchdogAlertsModule {}
