import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import {
  AuthorisationGranted,
  AuthorisationReinstated,
  AuthorisationRevoked,
  AuthorisationSurrendered,
  AuthorisationSuspended,
  TOPIC_NAMES,
} from '@aeo/contracts';
import { ConsumedEvent, ConsumerRegistry } from '@aeo/messaging';
import type { RiskManagementConfig } from '../config';
import { RiskProfileUpdater } from '../risk-profiles/risk-profile-updater';
import { AeoStatusChange, applyAeoStatusChange } from './aeo-status.repository';
import { AeoStatusService } from './aeo-status.service';

/** The projection's consumer (its group, under the service's suffix): the channel decisions wait for it. */
export const AEO_STATUS_CONSUMER = 'risk-management.aeo-status';

/** What the register's events share: `effectiveFrom` is the event's own change (for a grant, the authorisation's effective date). */
type Authorisation = {
  authorisationNumber: string;
  operatorId: string;
  taxpayerId: string;
  statusType: AeoStatusChange['statusType'];
  consentToMraSharing: boolean;
  effectiveFrom: string;
  authorisationEffectiveFrom?: string;
};

/**
 * Projects the AEO register from certification events; the score follows the status. Its dates
 * come from the events' payloads, never from the events' time (which only orders them): the
 * authorisation's effective date from the grant (or the change's `authorisationEffectiveFrom`),
 * which a suspension, reinstatement, revocation or surrender never moves, and the change's own date.
 * An event naming a region that is not one of `CUSTOMS_REGIONS` is dead-lettered with the reason
 * (as a declaration of such a region is): the register holds no authorisation of a region the
 * programme does not have.
 */
@Injectable()
export class AeoStatusProjection {
  constructor(
    consumers: ConsumerRegistry,
    private readonly statuses: AeoStatusService,
    private readonly profiles: RiskProfileUpdater,
    @Inject(APP_CONFIG) config: RiskManagementConfig,
  ) {
    consumers.register(
      AEO_STATUS_CONSUMER,
      [TOPIC_NAMES.certificationEvents],
      (consumer) =>
        consumer
          .on(AuthorisationGranted, (event, manager) =>
            this.apply(manager, event, 'granted', null, event.data.effectiveFrom),
          )
          .on(AuthorisationSuspended, (event, manager) => this.apply(manager, event, 'suspended', event.data.scope))
          .on(AuthorisationReinstated, (event, manager) => this.apply(manager, event, 'granted', null))
          .on(AuthorisationRevoked, (event, manager) =>
            this.apply(manager, event, event.data.reason === 'surrendered' ? 'surrendered' : 'revoked', null),
          )
          .on(AuthorisationSurrendered, (event, manager) => this.apply(manager, event, 'surrendered', null)),
      { customsRegions: config.CUSTOMS_REGIONS },
    );
  }

  /** `authorisationEffectiveFrom`: the grant's date, which a later change carries when it can (else the stored one stays). */
  private async apply(
    manager: EntityManager,
    event: ConsumedEvent<Authorisation>,
    status: AeoStatusChange['status'],
    suspendedScope: AeoStatusChange['suspendedScope'],
    authorisationEffectiveFrom = event.data.authorisationEffectiveFrom,
  ): Promise<void> {
    const data = event.data;
    const applied = await applyAeoStatusChange(manager, {
      taxpayerId: data.taxpayerId,
      operatorId: data.operatorId,
      authorisationNumber: data.authorisationNumber,
      statusType: data.statusType,
      status,
      suspendedScope,
      effectiveFrom: authorisationEffectiveFrom ?? null,
      statusEffectiveFrom: data.effectiveFrom,
      consentToMraSharing: data.consentToMraSharing,
      eventAt: event.time,
    });
    if (!applied) return;
    this.statuses.invalidate(data.taxpayerId);
    await this.profiles.rescore(
      manager,
      data.taxpayerId,
      `aeo-status:${status}${suspendedScope ? `:${suspendedScope}` : ''}`,
      event.id,
    );
  }
}
