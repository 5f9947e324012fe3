import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { runService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, riskManagementEnvSchema } from './config';

export const RISK_MANAGEMENT_API = {
  service: SERVICE_NAME,
  title: 'AEO risk-management service',
  description:
    'Risk profiles of operators: AEO status and risk score as used by customs risk management (selectivity, facilitations). Bearer JWT required; roles apply to every route.',
};

if (require.main === module) runService(AppModule, RISK_MANAGEMENT_API, () => loadConfig(riskManagementEnvSchema));
