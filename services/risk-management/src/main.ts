import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { bootstrapService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, riskManagementEnvSchema } from './config';

export const RISK_MANAGEMENT_API = {
  service: SERVICE_NAME,
  title: 'AEO risk-management service',
  description:
    'Risk profiles of operators: AEO status and risk score as used by customs risk management (selectivity, facilitations). Bearer JWT required; roles apply to every route.',
};

async function main() {
  const config = loadConfig(riskManagementEnvSchema);
  await bootstrapService(AppModule, RISK_MANAGEMENT_API, config.PORT, config.HOST);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(
      JSON.stringify({
        level: 'fatal',
        service: SERVICE_NAME,
        msg: 'failed to start',
        err: String(error?.stack ?? error),
      }),
    );
    process.exit(1);
  });
}
