import { Module } from '@nestjs/common';
import { DeadLettersConsumer } from './dead-letters.consumer';
import { DeadLettersController } from './dead-letters.controller';
import { DeadLettersService } from './dead-letters.service';

/** The platform's dead letters (`/v1/dead-letters`), stored from every `.dlq` topic by their consumer. */
@Module({ controllers: [DeadLettersController], providers: [DeadLettersService, DeadLettersConsumer] })
export class DeadLettersModule {}
