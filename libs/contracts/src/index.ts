export * from './topics';
export * from './events/common';
export * from './events/define-event';
export * from './events/application.events';
export * from './events/notification.events';
export * from './events/registry';
export * from './cloudevents/envelope';
export * from './asyncapi/generate-asyncapi';
