import { Module } from '@nestjs/common';
import { ContactOfficerAssignmentsController } from './contact-officer-assignments.controller';
import { ContactOfficerAssignmentsService } from './contact-officer-assignments.service';
import { OperatorMembersProjection } from './operator-members.projection';
import { RecipientDirectory } from './recipient-directory';
import { StaffContactsController } from './staff-contacts.controller';
import { StaffContactsService } from './staff-contacts.service';

/**
 * Who to tell: operator contacts, the staff contact directory, contact-officer assignments and case
 * validators; and the companies' users (who reads a company's inbox, who manages its webhooks).
 */
@Module({
  controllers: [StaffContactsController, ContactOfficerAssignmentsController],
  providers: [RecipientDirectory, StaffContactsService, ContactOfficerAssignmentsService, OperatorMembersProjection],
  exports: [RecipientDirectory],
})
export class RecipientsModule {}
