import { Module } from '@nestjs/common';
import { InvitationRedemptionsController, InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

/** Invitations of people to an operator's company, and their redemption by the identity provider. */
@Module({
  controllers: [InvitationsController, InvitationRedemptionsController],
  providers: [InvitationsService],
})
export class InvitationsModule {}
