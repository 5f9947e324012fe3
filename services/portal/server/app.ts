import type { Express } from 'express';
import { webApp } from '@aeo/web/server';
import { PORTAL, type PortalConfig } from './config';

/** The portal's origin: its build, `/config.json` and the APIs of its services (libs/web's server). */
export const portalApp = (config: PortalConfig): Express => webApp(PORTAL, config);
