// The helper moved to service-kit (one way for every service); kept here for the notifications controllers' imports.
export { withIsoDates, type WithIsoDates } from '@aeo/service-kit';
