import { Module } from '@nestjs/common';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

/** Each user's in-app inbox and read state. */
@Module({ controllers: [InboxController], providers: [InboxService] })
export class InboxModule {}
