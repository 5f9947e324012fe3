import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { bootstrapService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, mraEnvSchema } from './config';

export const MRA_API = {
  service: SERVICE_NAME,
  title: 'AEO mutual recognition service',
  description:
    'Mutual recognition arrangements (MRAs) with partner customs administrations and (later) the exchange of AEO data under them. Bearer JWT required; partner administrations see only their own arrangements.',
};

async function main() {
  const config = loadConfig(mraEnvSchema);
  await bootstrapService(AppModule, MRA_API, config.PORT, config.HOST);
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
