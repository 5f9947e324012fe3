import { Module } from '@nestjs/common';
import { ArrangementsController } from './arrangements.controller';
import { ArrangementsService } from './arrangements.service';

/** The mutual recognition arrangements with partner customs administrations (`/v1/arrangements`). */
@Module({
  controllers: [ArrangementsController],
  providers: [ArrangementsService],
})
export class ArrangementsModule {}
