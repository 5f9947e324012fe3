import { Module } from '@nestjs/common';
import { ThresholdsController } from './thresholds.controller';
import { ThresholdsService } from './thresholds.service';

/** The KPIs' deviation thresholds, versioned (`/v1/thresholds`); the evaluator reads the versions in force. */
@Module({ controllers: [ThresholdsController], providers: [ThresholdsService], exports: [ThresholdsService] })
export class ThresholdsModule {}
