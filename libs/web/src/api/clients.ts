import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { UserManager } from 'oidc-client-ts';
import type { paths as ApplicationsPaths } from './generated/applications';
import type { paths as MraPaths } from './generated/mra';
import type { paths as NotificationsPaths } from './generated/notifications';
import type { paths as OperationsPaths } from './generated/operations';
import type { paths as ProgrammePaths } from './generated/programme';
import type { paths as RiskManagementPaths } from './generated/risk-management';
import type { paths as ValidationPaths } from './generated/validation';

/** The platform's error body (every service's `Error` schema). */
export interface ApiErrorBody {
  statusCode: number;
  message: string;
  error?: string;
  issues?: string[];
}

/** An API's refusal or failure, with its status and the message that names the field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    /** Refused by the app's own check before sending (nothing reached the service). */
    readonly checkedBeforeSending = false,
  ) {
    super(body.message || `HTTP ${status}`);
  }

  /** `field.path: problem` per invalid field (400/422), as the services word them. */
  get fieldErrors(): Record<string, string> {
    const lines = this.body.issues?.length ? this.body.issues : this.body.message.split('; ');
    return Object.fromEntries(
      lines
        .map((line) => /^([\w.[\]-]+): (.+)$/.exec(line))
        .filter((match): match is RegExpExecArray => !!match)
        .map((match) => [match[1], match[2]]),
    );
  }
}

/** Typed clients of each service's API, through the app's origin (`/api/<service>`), with the caller's token. */
export interface ApiClients {
  applications: Client<ApplicationsPaths>;
  validation: Client<ValidationPaths>;
  riskManagement: Client<RiskManagementPaths>;
  mra: Client<MraPaths>;
  notifications: Client<NotificationsPaths>;
  programme: Client<ProgrammePaths>;
  operations: Client<OperationsPaths>;
}

export function createApiClients(manager: UserManager, baseUrl = window.location.origin): ApiClients {
  const bearer: Middleware = {
    async onRequest({ request }) {
      const user = await manager.getUser();
      if (user?.access_token) request.headers.set('Authorization', `Bearer ${user.access_token}`);
      request.headers.set('Accept-Language', document.documentElement.lang || 'mn');
      return request;
    },
  };
  const client = <P extends object>(service: string) => {
    const api = createClient<P>({ baseUrl: `${baseUrl}/api/${service}` });
    api.use(bearer);
    return api;
  };
  return {
    applications: client<ApplicationsPaths>('applications'),
    validation: client<ValidationPaths>('validation'),
    riskManagement: client<RiskManagementPaths>('risk-management'),
    mra: client<MraPaths>('mra'),
    notifications: client<NotificationsPaths>('notifications'),
    programme: client<ProgrammePaths>('programme'),
    operations: client<OperationsPaths>('operations'),
  };
}

/** The data of an openapi-fetch answer, or its error as an ApiError (for TanStack Query). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body =
    error && typeof error === 'object' && 'message' in error
      ? (error as ApiErrorBody)
      : { statusCode: response.status, message: response.statusText || `HTTP ${response.status}` };
  throw new ApiError(response.status, body);
}
