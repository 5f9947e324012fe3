import 'reflect-metadata';
import { loadConfig } from '@aeo/config';
import { bootstrapService } from '@aeo/service-kit';
import { AppModule } from './app.module';
import { SERVICE_NAME, notificationsEnvSchema } from './config';

export const NOTIFICATIONS_API = {
  service: SERVICE_NAME,
  title: 'AEO notifications service',
  description: 'Tells people and platforms about AEO events: each user its in-app inbox; the staff contact directory and routing table; webhook subscriptions of backend platforms (Standard Webhooks signatures, retries, dead letters, redelivery); the delivery log with every attempt. Bearer JWT required; roles and regional scoping apply to every route.',
};

async function main() {
  const config = loadConfig(notificationsEnvSchema);
  await bootstrapService(AppModule, NOTIFICATIONS_API, config.PORT, config.HOST);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(JSON.stringify({ level: 'fatal', service: SERVICE_NAME, msg: 'failed to start', err: String(error?.stack ?? error) }));
    process.exit(1);
  });
}
