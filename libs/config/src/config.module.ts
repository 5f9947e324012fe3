import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import type { z } from 'zod';
import { loadConfig } from './config';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Validates the environment once at boot (the process exits on error) and provides it typed. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot<S extends z.ZodType>(schema: S): DynamicModule {
    let parsed: z.infer<S> | undefined;
    return {
      module: AppConfigModule,
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          validate: (env) => {
            parsed = loadConfig(schema, env as Record<string, string | undefined>);
            return parsed as Record<string, unknown>;
          },
        }),
      ],
      providers: [{ provide: APP_CONFIG, useFactory: () => parsed ?? loadConfig(schema) }],
      exports: [APP_CONFIG],
    };
  }
}
