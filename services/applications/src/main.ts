import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { bootstrapService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, applicationsEnvSchema } from './config';

export const APPLICATIONS_API = {
  service: SERVICE_NAME,
  title: 'AEO applications service',
  description:
    'Operators, AEO applications and their certification, the AEO register. Bearer JWT required; roles and regional scoping apply to every route.',
};

async function main() {
  const config = loadConfig(applicationsEnvSchema);
  await bootstrapService(AppModule, APPLICATIONS_API, config.PORT, config.HOST);
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
