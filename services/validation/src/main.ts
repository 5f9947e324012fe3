import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { runService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, validationEnvSchema } from './config';

export const VALIDATION_API = {
  service: SERVICE_NAME,
  title: 'AEO validation service',
  description:
    'Validation of accepted AEO applications: validation cases, their assignment to validators and (later) audits and findings. Bearer JWT required; roles and regional scoping apply to every route.',
};

if (require.main === module) runService(AppModule, VALIDATION_API, () => loadConfig(validationEnvSchema));
