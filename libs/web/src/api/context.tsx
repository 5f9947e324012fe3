import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClients } from './clients';

const ApiContext = createContext<ApiClients | undefined>(undefined);

export const ApiProvider = ({ clients, children }: { clients: ApiClients; children: ReactNode }) => (
  <ApiContext.Provider value={clients}>{children}</ApiContext.Provider>
);

export function useApi(): ApiClients {
  const clients = useContext(ApiContext);
  if (!clients) throw new Error('useApi outside ApiProvider');
  return clients;
}
