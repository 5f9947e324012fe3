import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { runService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, mraEnvSchema } from './config';

export const MRA_API = {
  service: SERVICE_NAME,
  title: 'AEO mutual recognition service',
  description:
    'Mutual recognition arrangements (MRAs) with partner customs administrations and (later) the exchange of AEO data under them. Bearer JWT required; partner administrations see only their own arrangements.',
};

if (require.main === module) runService(AppModule, MRA_API, () => loadConfig(mraEnvSchema));
