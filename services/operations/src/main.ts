import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { runService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, operationsEnvSchema } from './config';

export const OPERATIONS_API = {
  service: SERVICE_NAME,
  title: 'AEO operations service',
  description:
    'What the operations team watches and repairs: workflows from Temporal visibility with their history as a timeline, dead-lettered Kafka records with replay, and the health of the platform’s services. Bearer JWT required (operations; executives may read).',
};

if (require.main === module) runService(AppModule, OPERATIONS_API, () => loadConfig(operationsEnvSchema));
