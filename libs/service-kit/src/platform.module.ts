import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ZodSerializerInterceptor } from 'nestjs-zod';
import type { z } from 'zod';
import { AppConfigModule, authEnvSchema, loadConfig, platformEnvSchema } from '@aeo/config';
import { AuthModule, authOptionsFrom } from '@aeo/auth';
import { HttpMetricsMiddleware, MetricsController, loggingModule } from '@aeo/observability';
import { PlatformValidationPipe } from './validation';
import { DependencyUnavailableFilter } from './dependency-unavailable';

/**
 * What every service gets: validated configuration, JSON logs with correlation ids, bearer
 * authentication with OpenID Connect access tokens (the auth variables of `authEnvSchema`; a
 * service refuses to start without them), roles and scopes, input validation, answers shaped by their response schemas,
 * Prometheus metrics, and 503 with `Retry-After`
 * when a dependency is unavailable.
 */
@Module({})
export class PlatformModule implements NestModule {
  static forService<S extends z.ZodType<z.infer<typeof platformEnvSchema>>>(service: string, schema: S): DynamicModule {
    const config = loadConfig(schema);
    return {
      module: PlatformModule,
      imports: [
        AppConfigModule.forRoot(schema),
        loggingModule(service, config.LOG_LEVEL),
        AuthModule.forRoot(authOptionsFrom(loadConfig(authEnvSchema))),
      ],
      controllers: [MetricsController],
      providers: [
        { provide: APP_PIPE, useClass: PlatformValidationPipe },
        { provide: APP_FILTER, useClass: DependencyUnavailableFilter },
        // Answers of operations declared with @ZodResponse are parsed by their response schema.
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('{*splat}');
  }
}
