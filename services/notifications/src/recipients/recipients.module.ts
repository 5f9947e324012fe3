import { Module } from '@nestjs/common';
import { ContactOfficerAssignmentsController } from './contact-officer-assignments.controller';
import { ContactOfficerAssignmentsService } from './contact-officer-assignments.service';
import { RecipientDirectory } from './recipient-directory';
import { StaffContactsController } from './staff-contacts.controller';
import { StaffContactsService } from './staff-contacts.service';

/** Who to tell: operator contacts, the staff contact directory, contact-officer assignments and case validators. */
@Module({
  controllers: [StaffContactsController, ContactOfficerAssignmentsController],
  providers: [RecipientDirectory, StaffContactsService, ContactOfficerAssignmentsService],
  exports: [RecipientDirectory],
})
export class RecipientsModule {}
