import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@aeo/auth';
import { recordAudit } from '@aeo/persistence';
import type { Page } from '@aeo/service-kit';
import {
  acknowledge,
  lockedWatchdogAlert,
  pageOfWatchdogAlerts,
  storedWatchdogAlert,
  type WatchdogAlert,
  type WatchdogAlertFilter,
} from './watchdog-alerts.repository';

/**
 * The revalidation watchdog's alerts and their acknowledgement by operations: once, with a note,
 * under the alert's row lock and with its audit entry in one transaction; asked again, it answers
 * the alert as the first acknowledgement left it and changes nothing.
 */
@Injectable()
export class WatchdogAlertsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  page(filter: WatchdogAlertFilter): Promise<Page<WatchdogAlert>> {
    return pageOfWatchdogAlerts(this.dataSource, filter);
  }

  acknowledge(user: AuthenticatedUser, id: string, note: string): Promise<WatchdogAlert> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await lockedWatchdogAlert(manager, id))) throw new NotFoundException(`Watchdog alert ${id} not found`);
      const alert = await this.found(manager, id);
      if (alert.acknowledgedAt) return alert;
      await acknowledge(manager, id, { acknowledgedBy: user.sub, note });
      await recordAudit(manager, {
        actor: user,
        action: 'watchdog-alert.acknowledged',
        entityType: 'watchdog-alert',
        entityId: id,
        before: { acknowledged: false },
        after: { acknowledged: true, authorisationNumber: alert.authorisationNumber, problem: alert.problem },
        reason: note,
      });
      return this.found(manager, id);
    });
  }

  private async found(manager: EntityManager, id: string): Promise<WatchdogAlert> {
    const alert = await storedWatchdogAlert(manager, id);
    if (!alert) throw new NotFoundException(`Watchdog alert ${id} not found`);
    return alert;
  }
}
