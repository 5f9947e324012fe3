import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, ROLES, hasRole } from '@aeo/auth';
import { type Arrangement, findArrangement, listArrangements } from './arrangements.repository';

/**
 * The partner country a caller is limited to: MRA officers and executives see every arrangement;
 * a partner customs administration only its own (from the token's partnerCountry claim).
 */
function partnerCountryOf(user: AuthenticatedUser): string | undefined {
  if (hasRole(user, ROLES.mraOfficer, ROLES.executive)) return undefined;
  if (!user.partnerCountry)
    throw new ForbiddenException('A partner-customs token must name its administration’s country (partnerCountry)');
  return user.partnerCountry.toUpperCase();
}

@Injectable()
export class ArrangementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser): Promise<Arrangement[]> {
    return listArrangements(this.dataSource, partnerCountryOf(user));
  }

  async get(user: AuthenticatedUser, arrangementId: string): Promise<Arrangement> {
    const partnerCountry = partnerCountryOf(user);
    const arrangement = await findArrangement(this.dataSource, arrangementId);
    // A partner administration learns nothing about other partners' arrangements, not even that they exist.
    if (!arrangement || (partnerCountry && arrangement.partnerCountry !== partnerCountry)) {
      throw new NotFoundException(`Arrangement ${arrangementId} not found`);
    }
    return arrangement;
  }
}
