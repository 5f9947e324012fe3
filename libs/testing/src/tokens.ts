import { AuthenticatedUser, issueDevelopmentToken } from '@aeo/auth';
import { testEnv } from './env';

export const bearer = (claims: AuthenticatedUser) =>
  `Bearer ${issueDevelopmentToken(claims, { secret: testEnv.jwtSecret })}`;
