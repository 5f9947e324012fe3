import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthenticatedUser, CurrentUser, Public, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, NoQuery, NoQueryParams, Operation } from '@aeo/service-kit';
import { ArrangementIdParams } from '../arrangements/arrangement.schemas';
import { JwksDto, ListDeltaDto, ListExportDto, WithdrawnKeyDto } from './list-export.response';
import { DeltaQuery, KeyWithdrawalDto, SigningKeyParams } from './list-export.schemas';
import { ListExportsService } from './list-exports.service';

const PARTNER_NOT_OPERATIONAL =
  'A partner administration asking while the arrangement is suspended or terminated (the message says which)';

/**
 * Our AEO list exported to the partner of an operational arrangement: signed versions (JSON with
 * the compact JWS), the delta since a version, and export on demand. A partner administration
 * fetches its own arrangement's only (another's is 404); each partner fetch is audited.
 */
@ApiTags('list-exports')
@Controller('arrangements/:arrangementId/list-exports')
@Roles(ROLES.mraOfficer, ROLES.executive, ROLES.partnerCustoms)
export class ListExportsController {
  constructor(private readonly exports: ListExportsService) {}

  @Get('latest')
  @Operation({
    summary: 'The latest signed export of our AEO list',
    description:
      'JSON with the export’s counts and `jws`, the compact JWS over the list document. 404 before the first export. Roles: mra-officer, executive, partner-customs (own arrangement, only while it is operational; audited).',
    answer: ListExportDto,
  })
  @ApiErrorAnswers({ 409: PARTNER_NOT_OPERATIONAL })
  latest(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.exports.latest(user, params.arrangementId);
  }

  @Get()
  @Operation({
    summary: 'The signed delta of our AEO list since a version',
    description:
      'Added, changed (suspensions, revocations) and removed entries from version `since` to the latest, as a compact JWS. 422 naming `since` when that version does not exist. Roles: mra-officer, executive, partner-customs (own arrangement, only while it is operational; audited).',
    answer: ListDeltaDto,
  })
  @ApiErrorAnswers({ 409: PARTNER_NOT_OPERATIONAL, 422: 'since: that version does not exist' })
  delta(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Query() query: DeltaQuery) {
    return this.exports.deltaSince(user, params.arrangementId, query.since);
  }

  @Post()
  @Operation({
    roles: [ROLES.mraOfficer],
    summary: 'Export our AEO list now',
    description:
      'Exports the list for this operational arrangement (409 otherwise); a list unchanged since the latest version answers that version (created: false). Audited; aeo.mra-list.exported.v1. Role: mra-officer.',
    answer: ListExportDto,
  })
  exportNow(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams) {
    return this.exports.exportNow(user, params.arrangementId);
  }
}

/** Our public keys for the exports' signatures (no token: they are public). */
@ApiTags('list-exports')
@Public()
@Controller('list-exports')
export class ListExportSigningKeysController {
  constructor(private readonly exports: ListExportsService) {}

  @Get('signing-keys')
  // @ApiOperation, not @Operation: the document must say that no token is needed (security: []).
  @ApiOperation({
    summary: 'Our list export signing keys (JWKS)',
    description:
      'Partners verify the exports’ JWS with the key named by its kid: the current key and every earlier one that signed an export and was not withdrawn, so that versions signed before a key rotation still verify.',
    security: [],
  })
  @ZodResponse({ status: 200, type: JwksDto })
  signingKeys(@Query(NoQuery) _query: NoQueryParams) {
    return this.exports.jwks();
  }
}

/** Withdrawing one of our export signing keys (a compromise): MRA officers and operations, audited. */
@ApiTags('list-exports')
@Controller('list-exports/signing-keys')
@Roles(ROLES.mraOfficer, ROLES.operations)
export class ListExportKeyWithdrawalController {
  constructor(private readonly exports: ListExportsService) {}

  @Post(':kid/withdrawal')
  @Operation({
    summary: 'Withdraw a list export signing key',
    description:
      'For a compromised key: it leaves the published keys for good (a restart with it does not publish it again), an mra instance configured with it refuses to start and one still running with it refuses to export (503) until restarted with a new key, and the next export of every arrangement (daily, or POST …/list-exports) is a new version signed with the current key even when the list is unchanged. 404 naming `kid` when no such key was published, 409 when it was withdrawn before. Audited (mra-export-key.withdrawn). Roles: mra-officer, operations.',
    answer: WithdrawnKeyDto,
    answered: 'The key as withdrawn',
  })
  @ApiErrorAnswers({ 404: 'kid: no such key was published', 409: 'kid: the key was withdrawn before' })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param() params: SigningKeyParams, @Body() body: KeyWithdrawalDto) {
    return this.exports.withdrawKey(user, params.kid, body.reason);
  }
}
