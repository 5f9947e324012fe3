import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuthorisationGranted, AuthorisationReinstated, AuthorisationRevoked, AuthorisationSurrendered, AuthorisationSuspended, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumedEvent, ConsumerRegistry } from '@aeo/messaging';
import { ProfilesService } from '../profiles/profiles.service';
import { AeoStatusChange, applyAeoStatusChange } from './aeo-status.repository';
import { AeoStatusService } from './aeo-status.service';

type Authorisation = { authorisationNumber: string; operatorId: string; taxpayerId: string; statusType: AeoStatusChange['statusType']; consentToMraSharing: boolean; effectiveFrom: string };

/** Projects the AEO register from certification events; the score follows the status. */
@Injectable()
export class AeoStatusProjection {
  constructor(
    consumers: ConsumerRegistry,
    private readonly statuses: AeoStatusService,
    private readonly profiles: ProfilesService,
  ) {
    consumers.register('risk-management.aeo-status', [TOPIC_NAMES.certificationEvents], (consumer) =>
      consumer
        .on(AuthorisationGranted, (event, manager) => this.apply(manager, event, 'granted', null))
        .on(AuthorisationSuspended, (event, manager) => this.apply(manager, event, 'suspended', event.data.scope))
        .on(AuthorisationReinstated, (event, manager) => this.apply(manager, event, 'granted', null))
        .on(AuthorisationRevoked, (event, manager) => this.apply(manager, event, event.data.reason === 'surrendered' ? 'surrendered' : 'revoked', null))
        .on(AuthorisationSurrendered, (event, manager) => this.apply(manager, event, 'surrendered', null)),
    );
  }

  private async apply(manager: EntityManager, event: ConsumedEvent<Authorisation>, status: AeoStatusChange['status'], suspendedScope: AeoStatusChange['suspendedScope']): Promise<void> {
    const data = event.data;
    const applied = await applyAeoStatusChange(manager, {
      taxpayerId: data.taxpayerId,
      operatorId: data.operatorId,
      authorisationNumber: data.authorisationNumber,
      statusType: data.statusType,
      status,
      suspendedScope,
      effectiveFrom: data.effectiveFrom,
      consentToMraSharing: data.consentToMraSharing,
      eventAt: event.time,
    });
    if (!applied) return;
    this.statuses.invalidate(data.taxpayerId);
    await this.profiles.rescore(manager, data.taxpayerId, `aeo-status:${status}${suspendedScope ? `:${suspendedScope}` : ''}`, event.id);
  }
}
