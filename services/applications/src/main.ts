import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { runService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, applicationsEnvSchema } from './config';

export const APPLICATIONS_API = {
  service: SERVICE_NAME,
  title: 'AEO applications service',
  description:
    'Operators, AEO applications and their certification, the AEO register. Bearer JWT required; roles and regional scoping apply to every route.',
};

if (require.main === module) runService(AppModule, APPLICATIONS_API, () => loadConfig(applicationsEnvSchema));
