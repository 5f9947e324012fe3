import { Controller, Get, Header, Injectable, NestMiddleware } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Public } from '@aeo/auth';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One Prometheus registry per process, with Node's default metrics. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpRequestDuration = new Histogram({
  name: 'aeo_http_request_duration_seconds',
  help: 'HTTP request duration by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const eventsPublished = new Counter({
  name: 'aeo_outbox_events_published_total',
  help: 'Events published from the outbox to Kafka',
  labelNames: ['topic'] as const,
  registers: [metricsRegistry],
});

export const eventsParked = new Counter({
  name: 'aeo_outbox_events_parked_total',
  help: 'Outbox events parked after Kafka refused them too often (their aggregate waits for an operator)',
  labelNames: ['type'] as const,
  registers: [metricsRegistry],
});

export const eventsConsumed = new Counter({
  name: 'aeo_events_consumed_total',
  help: 'Events consumed, by consumer and outcome (processed, duplicate, skipped, unknown-type, dead-lettered)',
  labelNames: ['consumer', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const dependencyUnavailableAnswers = new Counter({
  name: 'aeo_dependency_unavailable_total',
  help: 'Requests answered 503 because a dependency (database, Kafka, Temporal) was unavailable',
  labelNames: ['dependency'] as const,
  registers: [metricsRegistry],
});

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const end = httpRequestDuration.startTimer({ method: req.method });
    res.on('finish', () =>
      end({ route: (req.route?.path as string | undefined) ?? 'unmatched', status: String(res.statusCode) }),
    );
    next();
  }
}

@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
