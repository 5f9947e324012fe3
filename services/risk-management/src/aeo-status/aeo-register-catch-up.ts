import { Inject, Injectable, Logger } from '@nestjs/common';
import { Counter } from 'prom-client';
import { APP_CONFIG } from '@aeo/config';
import { ConsumerRegistry } from '@aeo/messaging';
import { metricsRegistry } from '@aeo/observability';
import type { RiskManagementConfig } from '../config';
import { AEO_STATUS_CONSUMER } from './aeo-status.projection';

export const registerWaitTimeouts = new Counter({
  name: 'aeo_register_wait_timeouts_total',
  help: 'Channel decisions taken after AEO_REGISTER_WAIT_MS without the AEO register projection having folded every certification event published before them',
  registers: [metricsRegistry],
});

/**
 * The AEO register as far as it is known when a declaration is decided. The declarations and the
 * register's events arrive on two topics, through two consumers: without this, a declaration read
 * before the projection folded a grant published earlier (a fresh start, a rebalance, a slow
 * projection) was decided without the grant's benefits, and the same declarations with the same
 * grants got different benefits from run to run. A decision therefore waits until the projection's
 * consumer group has committed every certification event the topic held when the wait began (so
 * everything published before the declaration was read), whichever instance of the service holds
 * its partitions; then the decision reads the register in force at the declaration's lodgement time.
 */
@Injectable()
export class AeoRegisterCatchUp {
  private readonly logger = new Logger(AeoRegisterCatchUp.name);
  private readonly waitMs: number;

  constructor(
    private readonly consumers: ConsumerRegistry,
    @Inject(APP_CONFIG) config: RiskManagementConfig,
  ) {
    this.waitMs = config.AEO_REGISTER_WAIT_MS;
  }

  /**
   * Resolves once the register is current (true), or after `AEO_REGISTER_WAIT_MS` (false, logged
   * and counted), or as soon as `keepWaiting` answers false (false: the consumer stops or the group
   * rebalances, and the run is redelivered rather than decided).
   */
  async current(keepWaiting?: () => boolean): Promise<boolean> {
    if (this.waitMs === 0) return true;
    const started = Date.now();
    if (await this.consumers.caughtUp(AEO_STATUS_CONSUMER, this.waitMs, keepWaiting)) return true;
    if (keepWaiting && !keepWaiting()) return false;
    registerWaitTimeouts.inc();
    this.logger.warn(
      `the AEO register projection did not catch up with the certification events within ${Date.now() - started} ms (AEO_REGISTER_WAIT_MS); deciding on the register as far as folded`,
    );
    return false;
  }
}
