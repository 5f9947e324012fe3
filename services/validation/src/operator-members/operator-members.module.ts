import { Module } from '@nestjs/common';
import { OperatorMembersProjection } from './operator-members.projection';

/** Validation's copy of the companies' users (aeo.operator.user-linked/user-removed.v1). */
@Module({ providers: [OperatorMembersProjection] })
export class OperatorMembersModule {}
