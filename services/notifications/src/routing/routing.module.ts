import { Module } from '@nestjs/common';
import { RoutesController } from './routes.controller';

/** The routing table, readable as data. */
@Module({ controllers: [RoutesController] })
export class RoutingModule {}
