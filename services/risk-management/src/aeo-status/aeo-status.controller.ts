import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { NoQuery, NoQueryParams, TaxpayerIdPipe } from '@aeo/service-kit';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, ROLES, RequireScopes, Roles } from '@aeo/auth';
import { AeoStatusAnswerDto, AeoStatusParams } from './aeo-status.schemas';
import { AeoStatusService, registerAgeHeaders } from './aeo-status.service';

/**
 * The AEO status look-up for border systems and partner administrations. An unknown taxpayer is
 * simply not an AEO (`aeo: false`), never a 404: the question "is this trader an AEO?" always
 * has an answer.
 */
export const AEO_STATUS_READERS = [
  ROLES.backendPlatform,
  ROLES.partnerCustoms,
  ROLES.operations,
  ROLES.executive,
  ROLES.contactOfficer,
  ROLES.regionalOffice,
  ROLES.validator,
  ROLES.operatorUser,
];

/** What a backend platform's token needs for the look-up (its client was given the status look-up). */
export const AEO_STATUS_SCOPES = ['aeo.status.read'];

/**
 * Documents the look-up in OpenAPI. Requests are normally answered by `AeoStatusFastPath` in
 * front of the router, with the same checks and answers; this controller answers them when the
 * fast path is switched off.
 */
@ApiTags('aeo-status')
@Controller('aeo-status')
@Roles(...AEO_STATUS_READERS)
@RequireScopes(...AEO_STATUS_SCOPES)
export class AeoStatusController {
  constructor(private readonly statuses: AeoStatusService) {}

  @Get(':taxpayerId')
  @ApiOperation({
    summary: 'Is this taxpayer an AEO, with which benefits?',
    description:
      "An unknown taxpayer is not an AEO (200, `aeo: false`); `reason` says why an authorisation is not (yet) in force. The id must match the programme's format (`TAXPAYER_ID_PATTERN`, default 7 digits), else 400. An operator user looks up only a company the applications service has linked it to (403 otherwise, a token naming the company is not enough; a user linked a moment ago until this service has folded the link). " +
      'While the database is unavailable the answer comes from the in-memory register replica: `stale: true`, `registerAsOf` and the `AEO-Register-Age` header say how old it is; past `AEO_STATUS_MAX_STALENESS_S` the answer is 503 with Retry-After.',
  })
  @ApiOkResponse({
    type: AeoStatusAnswerDto,
    headers: {
      'AEO-Register-Age': {
        description: 'Age of the register the answer comes from, in seconds (0 when current)',
        schema: { type: 'integer' },
      },
      Age: { description: 'Same as AEO-Register-Age, on stale answers only', schema: { type: 'integer' } },
      'Last-Modified': {
        description: 'When the register was last current, on stale answers only',
        schema: { type: 'string' },
      },
    },
  })
  async lookUp(
    @CurrentUser() user: AuthenticatedUser,
    @Param(TaxpayerIdPipe('taxpayerId')) params: AeoStatusParams,
    @Res({ passthrough: true }) response: Response,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    const answer = await this.statuses.lookUpFor(user, params.taxpayerId);
    response.set(registerAgeHeaders(answer));
    return answer;
  }
}
