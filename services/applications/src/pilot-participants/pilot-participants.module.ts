import { Module } from '@nestjs/common';
import { PilotParticipantsConsumer } from './pilot-participants.consumer';

/** The pilot companies (from the programme service's pilot topic), whose certifications carry `AeoPilotId`. */
@Module({ providers: [PilotParticipantsConsumer] })
export class PilotParticipantsModule {}
