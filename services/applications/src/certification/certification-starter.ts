import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import type { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { ApplicationSubmitted, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerHost, EventConsumer, KAFKA, KAFKA_PRODUCER } from '@aeo/messaging';
import { createLogger } from '@aeo/observability';
import { SEARCH_ATTRIBUTE_KEYS, TASK_QUEUES, certificationWorkflow, certificationWorkflowId } from '@aeo/workflows';
import { SERVICE_NAME, type ApplicationsConfig } from '../config';

/**
 * Starts the certification workflow of every submitted application, from the committed
 * `application.submitted` event (so no submission is lost between the database and Temporal).
 * The deterministic workflow id and the reuse policy make a repeated start harmless.
 */
@Injectable()
export class CertificationStarter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly host: ConsumerHost;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(KAFKA_PRODUCER) producer: Producer,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: ApplicationsConfig,
  ) {
    const logger = createLogger(SERVICE_NAME, config.LOG_LEVEL);
    const consumer = new EventConsumer({ name: 'applications.certification-starter' + config.KAFKA_GROUP_SUFFIX, topics: [TOPIC_NAMES.applicationEvents], dataSource, kafka, producer, logger }).on(
      ApplicationSubmitted,
      async (event) => this.start(event.data, event.correlationid),
    );
    this.host = new ConsumerHost(consumer, logger);
  }

  onApplicationBootstrap(): void {
    this.host.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.host.stop();
  }

  private async start(data: (typeof ApplicationSubmitted)['schema']['_output'], correlationId?: string): Promise<void> {
    try {
      await this.temporal.workflow.start(certificationWorkflow, {
        workflowId: certificationWorkflowId(data.applicationId),
        taskQueue: TASK_QUEUES.certification,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [
          {
            applicationId: data.applicationId,
            operatorId: data.operatorId,
            taxpayerId: data.taxpayerId,
            region: data.region,
            statusType: data.statusType,
            submittedAt: data.submittedAt,
            timeLimits: { acceptanceDays: this.config.ACCEPTANCE_PERIOD_DAYS, decisionDays: this.config.DECISION_PERIOD_DAYS },
          },
        ],
        typedSearchAttributes: [
          { key: SEARCH_ATTRIBUTE_KEYS.applicationId, value: data.applicationId },
          { key: SEARCH_ATTRIBUTE_KEYS.operatorId, value: data.operatorId },
          { key: SEARCH_ATTRIBUTE_KEYS.region, value: data.region },
          { key: SEARCH_ATTRIBUTE_KEYS.statusType, value: data.statusType },
          { key: SEARCH_ATTRIBUTE_KEYS.stage, value: 'acceptance' },
        ],
        memo: { correlationId: correlationId ?? null, taxpayerId: data.taxpayerId },
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      throw error;
    }
  }
}
