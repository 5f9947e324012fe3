import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { runService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, programmeEnvSchema } from './config';

export const PROGRAMME_API = {
  service: SERVICE_NAME,
  title: 'AEO programme management service',
  description:
    'Quality monitoring of the AEO programme for the policy unit and executive management: key performance indicators computed from the platform’s event streams (definitions, values per week, month or quarter by region and status type, and the events behind each figure). Bearer JWT required; a regional office sees only its region.',
};

if (require.main === module) runService(AppModule, PROGRAMME_API, () => loadConfig(programmeEnvSchema));
