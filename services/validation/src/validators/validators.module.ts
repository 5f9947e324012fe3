import { Module } from '@nestjs/common';
import { ValidatorsController } from './validators.controller';
import { ValidatorsService } from './validators.service';

/** The validators of each region and their workload (`/v1/validators`); new cases go to the least busy. */
@Module({
  controllers: [ValidatorsController],
  providers: [ValidatorsService],
  exports: [ValidatorsService],
})
export class ValidatorsModule {}
