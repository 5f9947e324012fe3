import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { loadServices } from './services';

export interface RouteHandler {
  service: string;
  controller: { name: string; prototype: Record<string, unknown> };
  name: string;
  handler: (...args: unknown[]) => unknown;
}

/**
 * Every route handler of every service's controllers, from the module graph Nest's preview mode
 * builds (no provider instantiated, nothing connected).
 */
export async function routeHandlers(): Promise<RouteHandler[]> {
  const handlers: RouteHandler[] = [];
  for (const service of await loadServices()) {
    const app = await NestFactory.create(service.module, { preview: true, logger: false, abortOnError: false });
    try {
      for (const module of app.get(ModulesContainer).values()) {
        for (const { metatype } of module.controllers.values()) {
          const controller = metatype as unknown as RouteHandler['controller'];
          for (const name of Object.getOwnPropertyNames(controller.prototype)) {
            const handler = controller.prototype[name];
            if (name === 'constructor' || typeof handler !== 'function') continue;
            if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
            handlers.push({ service: service.name, controller, name, handler: handler as RouteHandler['handler'] });
          }
        }
      }
    } finally {
      await app.close();
    }
  }
  return handlers;
}
