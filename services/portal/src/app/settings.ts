import { createContext, useContext } from 'react';
import type { RuntimeConfig } from '@aeo/web';

/** The portal server's settings (`/config.json`): the platform's and where customs staff are sent. */
export interface PortalSettings extends RuntimeConfig {
  consoleUrl: string;
}

export const PortalSettingsContext = createContext<PortalSettings | undefined>(undefined);

export function usePortalSettings(): PortalSettings {
  const settings = useContext(PortalSettingsContext);
  if (!settings) throw new Error('usePortalSettings outside PortalSettingsContext');
  return settings;
}
