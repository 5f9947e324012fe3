import { Module } from '@nestjs/common';
import { MraEventsConsumer } from './mra-events.consumer';

/** The replica of foreign AEOs recognised under mutual recognition arrangements (read by channel decisions). */
@Module({ providers: [MraEventsConsumer] })
export class MraRecognitionsModule {}
