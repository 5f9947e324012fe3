import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@aeo/auth';
import { TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry, foldOperatorMembers, operatorUserActsFor } from '@aeo/messaging';

export const OPERATOR_MEMBERS_CONSUMER = 'programme.operator-members';

/**
 * The programme's copy of the companies' users (`operator_members`), folded from the applications
 * service's aeo.operator.user-linked.v1 / user-removed.v1 (inbox `programme.operator-members`): an
 * operator user answers its company's pilot invitation only while linked to it.
 */
@Injectable()
export class OperatorMembers {
  constructor(
    consumers: ConsumerRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    consumers.register(OPERATOR_MEMBERS_CONSUMER, [TOPIC_NAMES.applicationEvents], foldOperatorMembers);
  }

  /** An operator user linked to the company `taxpayerId` (see `operatorUserActsFor`). */
  actsFor(user: AuthenticatedUser, taxpayerId: string): Promise<boolean> {
    return operatorUserActsFor(this.dataSource, user, taxpayerId);
  }
}
