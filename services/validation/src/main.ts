import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { bootstrapService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, validationEnvSchema } from './config';

export const VALIDATION_API = {
  service: SERVICE_NAME,
  title: 'AEO validation service',
  description:
    'Validation of accepted AEO applications: validation cases, their assignment to validators and (later) audits and findings. Bearer JWT required; roles and regional scoping apply to every route.',
};

async function main() {
  const config = loadConfig(validationEnvSchema);
  await bootstrapService(AppModule, VALIDATION_API, config.PORT, config.HOST);
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
