import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { TokenVerifier } from '@aeo/auth';
import { KAFKA, MessagingModule, kafkaReadinessCheck, type KafkaClient } from '@aeo/messaging';
import { HealthModule, ReadinessCheck } from '@aeo/observability';
import { ServiceDataSourceOptions, dataSourceOptionsFor, runSql } from '@aeo/persistence';
import { TEMPORAL_CONNECTION, TemporalModule, temporalReadinessCheck } from '@aeo/temporal';
import { IdempotencyInterceptor } from './idempotency';
import { checkDatabase } from './service-infrastructure.queries';

export interface ServiceInfrastructureOptions {
  entities: ServiceDataSourceOptions['entities'];
  migrations: ServiceDataSourceOptions['migrations'];
  /** Services that start or signal workflows, or host activities, need a Temporal client. */
  temporal: boolean;
}

const databaseCheck = (dataSource: DataSource): ReadinessCheck => ({
  name: 'database',
  check: async () => void (await runSql(checkDatabase, undefined, dataSource)),
});

/**
 * The service's own database (migrations at start), Kafka with outbox relay, optionally
 * Temporal, the readiness checks for each of them (and for the identity provider's keys), and `Idempotency-Key` on every POST.
 */
@Module({})
export class ServiceInfrastructureModule {
  static forService(service: string, options: ServiceInfrastructureOptions): DynamicModule {
    const health = options.temporal
      ? HealthModule.forRoot({
          inject: [getDataSourceToken(), KAFKA, TEMPORAL_CONNECTION, TokenVerifier],
          useFactory: (dataSource: DataSource, kafka: KafkaClient, temporal: Connection, tokens: TokenVerifier) => [
            databaseCheck(dataSource),
            kafkaReadinessCheck(kafka),
            temporalReadinessCheck(temporal),
            tokens.readiness,
          ],
        })
      : HealthModule.forRoot({
          inject: [getDataSourceToken(), KAFKA, TokenVerifier],
          useFactory: (dataSource: DataSource, kafka: KafkaClient, tokens: TokenVerifier) => [
            databaseCheck(dataSource),
            kafkaReadinessCheck(kafka),
            tokens.readiness,
          ],
        });
    return {
      module: ServiceInfrastructureModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            dataSourceOptionsFor({ service, entities: options.entities, migrations: options.migrations }),
        }),
        MessagingModule.forService(service),
        ...(options.temporal ? [TemporalModule.forService()] : []),
        health,
      ],
      // Idempotency-Key on every POST, kept in the service's own database.
      providers: [{ provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
    };
  }
}
