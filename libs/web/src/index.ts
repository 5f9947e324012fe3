// @aeo/web: what the platform's web apps (the console, the trader portal) share. Browser code only;
// the apps' server is @aeo/web/server.
// The apps' shared styles (skip link, tables, pills, focus rings): bundled by Vite, a stub under Jest.
import './styles.css';
export * from './api/clients';
export * from './api/context';
export * from './app/start';
export * from './api/request-check';
export * from './auth/auth';
export * from './auth/callback';
export * from './auth/claims';
export * from './components/ActionDialog';
export * from './components/CountedTextarea';
export * from './components/LanguageSwitch';
export * from './components/QueryState';
export * from './components/TextActionDialog';
export * from './dates';
export * from './i18n/i18n';
export * from './i18n/words';
export * from './programme-zone';
export * from './runtime-config';
export * from './search-params';
export * from './theme';
export * from './tones';
export type { components as ApplicationsComponents } from './api/generated/applications';
export type { components as MraComponents } from './api/generated/mra';
export type { components as ProgrammeComponents } from './api/generated/programme';
export type { components as ValidationComponents } from './api/generated/validation';
export type { components as NotificationsComponents } from './api/generated/notifications';
