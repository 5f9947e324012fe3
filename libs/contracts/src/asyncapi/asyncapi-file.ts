import { join } from 'node:path';
import { generateAsyncApi } from './generate-asyncapi';

/** The checked-in AsyncAPI document; a test fails when it no longer matches the registry. */
export const ASYNCAPI_PATH = join(__dirname, '..', '..', 'asyncapi', 'aeo-events.asyncapi.json');
export const ASYNCAPI_VERSION = '1.0.0';

export const renderAsyncApi = (): string => `${JSON.stringify(generateAsyncApi(ASYNCAPI_VERSION), null, 2)}\n`;
