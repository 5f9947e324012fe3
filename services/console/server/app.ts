import type { Express } from 'express';
import { webApp } from '@aeo/web/server';
import { CONSOLE, type ConsoleConfig } from './config';

/** The console's origin: its build, `/config.json` and the APIs of its services (libs/web's server). */
export const consoleApp = (config: ConsoleConfig): Express => webApp(CONSOLE, config);
