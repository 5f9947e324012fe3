import { Global, Module } from '@nestjs/common';
import { OperatorMembers } from './operator-members.consumer';

/** The companies' users as the applications service announces them, for every feature that serves operator users. */
@Global()
@Module({ providers: [OperatorMembers], exports: [OperatorMembers] })
export class OperatorMembersModule {}
