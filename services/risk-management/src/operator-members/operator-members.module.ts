import { Module } from '@nestjs/common';
import { OperatorMembersConsumer } from './operator-members.consumer';

/** The companies' users as the applications service announces them (aeo.operator.user-linked/user-removed.v1). */
@Module({ providers: [OperatorMembersConsumer] })
export class OperatorMembersModule {}
