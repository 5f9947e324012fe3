import { Module } from '@nestjs/common';
import { CompanyValidationsController } from './company-validations.controller';
import { CompanyValidationsService } from './company-validations.service';

/** An operator user's view of its own company's validation cases. */
@Module({
  controllers: [CompanyValidationsController],
  providers: [CompanyValidationsService],
})
export class CompanyValidationsModule {}
