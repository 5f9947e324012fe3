import { Module } from '@nestjs/common';
import { AuthorisationsController } from './register.controller';
import { RegisterService } from './register.service';

/** The AEO register: authorisations with their history for customs and holders, and what each holder publishes. */
@Module({
  controllers: [AuthorisationsController],
  providers: [RegisterService],
  exports: [RegisterService],
})
export class RegisterModule {}
