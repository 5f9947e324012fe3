import { existsSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { WebAppConfig, WebAppDefinition } from './config';

/** Where an app's build is by default: dist/<app> at the repository's root (what platform.sh builds). */
export const defaultDistDir = (app: string): string => resolve(__dirname, '../../../dist', app);

/** What the single-page app reads at start: where to log in, and the app's own settings. */
export interface WebRuntimeConfig {
  issuer: string;
  clientId: string;
  /** The zone whose calendar days legal deadlines count in (PROGRAMME_TIME_ZONE). */
  programmeTimeZone: string;
  services: string[];
  [setting: string]: unknown;
}

/**
 * A web app's origin (the console's, the portal's): the built single-page app, its runtime settings
 * (`/config.json`) and the platform's APIs behind `/api/<service>/` (so the browser calls one
 * origin: no CORS), only the services the app's definition names. The proxy passes the caller's
 * `Authorization` header through unchanged; each service checks the token.
 */
export function webApp(definition: WebAppDefinition, config: WebAppConfig): Express {
  const dist = config.distDir ?? defaultDistDir(definition.app);
  const buildingPage = buildingPageOf(definition);
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders(config));

  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/health/ready', (_req, res) => {
    const built = existsSync(join(dist, 'index.html'));
    res.status(built ? 200 : 503).json(built ? { status: 'ok' } : { status: 'error', reason: 'the app is not built' });
  });
  app.get('/config.json', (_req, res) => {
    const runtime: WebRuntimeConfig = {
      issuer: config.issuer,
      clientId: config.clientId,
      ...config.settings,
      programmeTimeZone: config.programmeTimeZone,
      services: Object.keys(definition.services),
    };
    res.set('Cache-Control', 'no-store').json(runtime);
  });

  // What a caller says about forwarding is not believed: the proxy writes X-Forwarded-* afresh (xfwd).
  app.use('/api', (req, _res, next) => {
    for (const header of [
      'x-forwarded-for',
      'x-forwarded-host',
      'x-forwarded-proto',
      'x-forwarded-port',
      'forwarded',
      'x-real-ip',
    ])
      delete req.headers[header];
    next();
  });
  for (const service of Object.keys(definition.services)) {
    // Only the versioned API goes through: not a service's /metrics, /health or /docs.
    app.use(`/api/${service}`, (req, res, next) =>
      /^\/v\d+(\/|\?|$)/.test(req.url)
        ? next()
        : void res
            .status(404)
            .json({ statusCode: 404, message: `No API behind ${req.originalUrl}`, error: 'Not Found' }),
    );
    app.use(
      `/api/${service}`,
      createProxyMiddleware({
        target: config.services[service],
        changeOrigin: true,
        xfwd: true,
        proxyTimeout: 60_000,
        on: {
          proxyReq: (proxyReq) => proxyReq.removeHeader('cookie'),
          // No cookies from the services on the app's origin; API answers are not cached unless they say so.
          proxyRes: (proxyRes) => {
            delete proxyRes.headers['set-cookie'];
            proxyRes.headers['cache-control'] ??= 'no-store';
          },
          error: (_error, _req, res) => {
            const response = res as Response;
            if ('headersSent' in response && !response.headersSent)
              response.status(502).json({
                statusCode: 502,
                message: `The ${service} service did not answer; try again`,
                error: 'Bad Gateway',
              });
            // The service died mid-answer: end the caller's connection rather than leave it hanging.
            else (res as { destroy?: () => void }).destroy?.();
          },
        },
      }),
    );
  }
  app.use(
    '/api',
    (req, res) =>
      void res
        .status(404)
        .json({ statusCode: 404, message: `No service behind ${req.originalUrl}`, error: 'Not Found' }),
  );

  // Hashed assets are cached for good; index.html never (a new build is picked up on reload).
  app.use(
    '/assets',
    express.static(join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  app.use(express.static(dist, { index: false, maxAge: 0 }));
  // A service's own paths are not pages: a scraper or probe pointed at this port is told so, not given index.html.
  app.use((req, res, next) =>
    isServicePath(req.path)
      ? void res.status(404).json({ statusCode: 404, message: `No page behind ${req.path}`, error: 'Not Found' })
      : next(),
  );
  // Any other GET is a route of the single-page app (deep links, reloads).
  // While the app is being built (index.html not there yet) a page route gets a short page saying so, not JSON.
  app.get('/{*path}', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    const building = () =>
      void res.status(503).set('Retry-After', String(BUILDING_RETRY_SECONDS)).type('html').send(buildingPage);
    if (!existsSync(join(dist, 'index.html'))) return building();
    res.sendFile(join(dist, 'index.html'), (error) => {
      if (!error) return;
      // Removed between the check and the read: a rebuild has just started.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !res.headersSent) return building();
      next(error);
    });
  });
  app.use((error: Error, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number }).status ?? 500;
    // A client's mistake (a path that is not valid percent-encoding) is said as one, naming the path.
    const message =
      status === 404
        ? 'Not found'
        : status === 400
          ? `Bad request: the path ${JSON.stringify(req.originalUrl)} is not valid percent-encoding`
          : `${definition.title.en} server error`;
    res.status(status).json({ statusCode: status, message });
  });
  return app;
}

const BUILDING_RETRY_SECONDS = 5;
/** What a service answers on its port and this server does not (only /health/live and /health/ready are its own). */
const SERVICE_PATH = /^\/(metrics|docs|health|v\d+)(\/|$)/i;
/**
 * Whether a path is one of SERVICE_PATH as a scraper or router would read it: decoded (`/%6detrics`),
 * in any case (`/METRICS`), with repeated slashes as one (`//metrics`) and dot segments resolved
 * (`/./metrics`, `/x/../metrics`, `/%2e/metrics`: browsers resolve them, raw clients need not).
 */
function isServicePath(path: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Not valid percent-encoding: judged as sent.
  }
  return SERVICE_PATH.test(posix.normalize(decoded));
}

/** What a page route answers while the app is being built: both languages, and it reloads itself. */
const buildingPageOf = ({ building }: WebAppDefinition) => `<!doctype html>
<html lang="mn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${BUILDING_RETRY_SECONDS}">
<title>${building.mn} · ${building.en}</title>
</head>
<body style="font-family: system-ui, sans-serif; margin: 2rem; color: #212529">
<h1 style="font-size: 1.25rem">${building.mn}</h1>
<p>Хуудас хэдэн секундын дараа өөрөө дахин ачаалагдана.</p>
<h2 lang="en" style="font-size: 1.25rem">${building.en}</h2>
<p lang="en">This page reloads itself in a few seconds.</p>
</body>
</html>
`;

/** Content-Security-Policy and friends: scripts only from this origin, tokens only to it and the identity provider. */
function securityHeaders(config: WebAppConfig) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine sets CSS variables and some styles inline.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${new URL(config.issuer).origin}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${new URL(config.issuer).origin}`,
  ].join('; ');
  return (_req: Request, res: Response, next: NextFunction) => {
    res.set({
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
    next();
  };
}
