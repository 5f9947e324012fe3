import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  UnsupportedMediaTypeException,
  UploadedFile,
} from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { SAFE_TEXT_PATTERN } from '@aeo/contracts';
import {
  API_PREFIX,
  ApiErrorAnswers,
  acceptRawBody,
  Operation,
  NoQuery,
  NoQueryParams,
  uploadedFile,
} from '@aeo/service-kit';
import { ArrangementIdParams } from '../arrangements/arrangement.schemas';
import {
  EntriesPageDto,
  ImportAnswerDto,
  ListVersionDto,
  PartnerKeyAnswerDto,
  VersionDiffDto,
} from './partner-list.response';
import {
  EntriesQuery,
  JWS_HEADER,
  ListVersionParams,
  PageQuery,
  PartnerKeyDto,
  PartnerKeyParams,
} from './partner-list.schemas';
import type { ListFormat } from './partner-list-rows';
import { LIST_IMPORT_PHASES, PartnerListsService } from './partner-lists.service';

/** A list of at most 64 MB (about 200,000 rows), whether sent as the request body or as a multipart part. */
const LIST_MAX_BYTES = 64 * 1024 * 1024;
/** The list as one multipart part named `file`. */
const LIST_UPLOAD = { limits: { fileSize: LIST_MAX_BYTES, files: 1 }, defParamCharset: 'utf8' };
/** The list's media types and their formats. */
const LIST_MEDIA_TYPES: Readonly<Record<string, ListFormat>> = { 'text/csv': 'csv', 'application/json': 'json' };

/** Who may import a list. */
const LIST_IMPORT_ROLES = [ROLES.mraOfficer, ROLES.partnerCustoms];
/**
 * Imports read and handled at once per instance (each may hold a 64 MB list several times over while
 * it is verified, parsed and compared); more answer 503 with Retry-After.
 */
export const LIST_IMPORTS_AT_ONCE = 2;

// The list as the request body itself: its exact bytes reach the route (the signature is over them), never parsed JSON.
// The token and roles are checked, and an import slot taken, before a byte of the body is read (any form, multipart too).
acceptRawBody({
  method: 'POST',
  path: new RegExp(`^/${API_PREFIX}/arrangements/[^/]+/partner-lists$`),
  mediaTypes: Object.keys(LIST_MEDIA_TYPES),
  limit: LIST_MAX_BYTES,
  roles: LIST_IMPORT_ROLES,
  concurrent: LIST_IMPORTS_AT_ONCE,
  name: 'partner list imports',
});

function listFormat(file: Express.Multer.File): ListFormat {
  const type = file.mimetype.toLowerCase();
  if (type === 'text/csv' || (type === 'application/octet-stream' && /\.csv$/i.test(file.originalname))) return 'csv';
  if (type === 'application/json' || (type === 'application/octet-stream' && /\.json$/i.test(file.originalname)))
    return 'json';
  throw new UnsupportedMediaTypeException(`file: send the list as application/json or text/csv (got ${type})`);
}

/** The list sent as the request body (text/csv or application/json, kept as its bytes), if it was. */
function bareList(request: Request): { format: ListFormat; body: Buffer } | undefined {
  if (!Buffer.isBuffer(request.body)) return undefined;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const format = LIST_MEDIA_TYPES[type];
  return format ? { format, body: request.body } : undefined;
}

const LIST_LIMITS = 'UTF-8, at most 64 MB; sent byte for byte (the signature covers these bytes)';
/**
 * A partner administration's AEO list under an arrangement: its signing keys (MRA officers), signed
 * imports (MRA officers, and the partner administration itself), the versions with their
 * differences and the current entries. A partner administration sees its own country's only.
 */
@ApiTags('partner-lists')
@Controller('arrangements/:arrangementId')
@Roles(ROLES.mraOfficer, ROLES.executive, ROLES.partnerCustoms)
export class PartnerListsController {
  constructor(private readonly lists: PartnerListsService) {}

  @Get('partner-keys')
  @Operation({
    roles: [ROLES.mraOfficer, ROLES.executive],
    summary: 'Partner signing keys of an arrangement',
    description: 'Registered and retired.',
    answer: [PartnerKeyAnswerDto],
  })
  keys(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.lists.keys(user, params.arrangementId);
  }

  @Put('partner-keys/:kid')
  @Operation({
    roles: [ROLES.mraOfficer],
    summary: 'Register a partner signing key',
    description:
      'The partner administration’s public JWK (Ed25519, P-256 or RSA ≥ 2048) under its key id; a retired key registered again under its kid is active again. A public key is registered once: the same key (by RFC 7638 thumbprint) under another kid or on another arrangement, active or retired, is refused with 409 naming the kid it is registered as. Audited. 422 naming the field when the key is refused.',
    answer: PartnerKeyAnswerDto,
  })
  @ApiErrorAnswers({
    409: 'The public key is already registered under another kid or on another arrangement (the kid is named)',
    422: 'The key is refused (the field is named)',
  })
  registerKey(@CurrentUser() user: AuthenticatedUser, @Param() params: PartnerKeyParams, @Body() body: PartnerKeyDto) {
    return this.lists.registerKey(user, params.arrangementId, params.kid, body.jwk);
  }

  @Delete('partner-keys/:kid')
  @Operation({
    roles: [ROLES.mraOfficer],
    summary: 'Retire a partner signing key',
    description: 'Lists signed with it are refused from now on; the key stays listed as retired. Audited.',
    answer: PartnerKeyAnswerDto,
  })
  retireKey(@CurrentUser() user: AuthenticatedUser, @Param() params: PartnerKeyParams) {
    return this.lists.retireKey(user, params.arrangementId, params.kid);
  }

  @Post('partner-lists')
  @HttpCode(200)
  @Roles(...LIST_IMPORT_ROLES)
  @uploadedFile({ part: 'file', holds: 'the list', maxSize: '64 MB' }, LIST_UPLOAD)
  @ApiHeader({
    name: JWS_HEADER,
    required: true,
    description:
      'Detached compact JWS (RFC 7515 appendix F, header..signature) over the list’s exact bytes (the body, or the file part), kid in the header',
  })
  @ApiOperation({
    summary: 'Import a partner’s AEO list',
    description: `The list as the request body itself (Content-Type text/csv or application/json: its exact bytes, which the signature covers) or as a multipart part named file: JSON {partnerCountry, generatedAt, entries} or CSV with a header row (aeoId, name, street, city, postalCode, country, statusType, validFrom, validUntil, status, suspendedOn, revokedOn), UTF-8 (else 400; another charset 415), at most 64 MB (else 413), signed by the partner with a registered key. The token and role are checked before the body is read (401/403 whatever its size), and at most ${LIST_IMPORTS_AT_ONCE} imports run at once per instance (else 503 with Retry-After). A JSON list naming a member twice in one object is refused (422 naming it); an entry's address holds street, city, postalCode and country only; generatedAt is an ISO 8601 date-time with its offset. A NUL anywhere in a CSV list is refused (422 naming its line). In ${LIST_IMPORT_PHASES.join(', ')} (else 409). Every bad row is answered 422 with its line and reason, and nothing is imported; a list without rows is refused (422: an upload never empties the partner’s entries); a signature that does not match is refused (422) and nothing is stored. The list must carry its issue time, not in the future: generatedAt in a JSON list, the iat of the signature’s protected header for CSV (else 422). The same file as the last version changes nothing (answered with that version); a list not issued after the latest version is refused with 409 (a replayed older list never rolls the entries back; the same bytes signed later are a new version), as are an earlier version's exact bytes when the latest version has no issue time (a CSV imported before issue times were kept). Each version shows its issue time (issuedAt, with issuedAtSource). Otherwise a new version, kept as the signed file itself (bytes and signature as received): the difference (new, changed, suspended, removed, unchanged) is applied to the current entries and published (aeo.mra-foreign-aeos.changed.v1, at most 1000 changes per event), all in one transaction. Every refusal that reaches the route is audited (a missing list or signature, an arrangement not found, and every refusal after them); refusals before it (token, role, size, UTF-8, media type, too many imports at once) are not.`,
    requestBody: {
      required: true,
      content: {
        'text/csv': {
          schema: {
            type: 'string',
            // No NUL anywhere in the file (refused with 422 naming its line), as every text of the platform.
            pattern: SAFE_TEXT_PATTERN.source,
            description: `CSV with a header row (aeoId, name, street, city, postalCode, country, statusType, validFrom, validUntil, status, suspendedOn, revokedOn); ${LIST_LIMITS}`,
          },
        },
        'application/json': {
          schema: {
            type: 'object',
            required: ['partnerCountry', 'generatedAt', 'entries'],
            description: `{partnerCountry, generatedAt, entries}; ${LIST_LIMITS}`,
          },
        },
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: { file: { type: 'string', format: 'binary', description: 'application/json or text/csv' } },
          },
        },
      },
    },
  })
  @ZodResponse({ status: 200, type: ImportAnswerDto })
  @ApiErrorAnswers({
    413: 'The list is larger than 64 MB',
    503: `${LIST_IMPORTS_AT_ONCE} imports are already in progress in this instance (the most it takes at once): retry after Retry-After seconds; or a dependency is unavailable`,
    415: 'The body is not text/csv, application/json or multipart/form-data, or its charset is not UTF-8; or the file part is neither application/json nor text/csv',
    422: 'Bad rows (each with its line and reason) or a signature that does not match: nothing imported',
  })
  import(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Req() request: Request,
    @Headers(JWS_HEADER) signature: string | undefined,
  ) {
    const list = bareList(request) ?? (file && { format: listFormat(file), body: file.buffer });
    return this.lists.import(user, params.arrangementId, { list, signature });
  }

  @Get('partner-lists')
  @Operation({
    summary: 'Imported versions of the partner list',
    description: 'Newest first (at most 500).',
    answer: [ListVersionDto],
  })
  versions(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ArrangementIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.lists.versions(user, params.arrangementId);
  }

  @Get('partner-lists/:version')
  @Operation({
    summary: 'One version of the partner list with its difference',
    description: 'Counts and a page of its changes (new, changed, suspended, removed) by aeoId.',
    answer: VersionDiffDto,
  })
  version(@CurrentUser() user: AuthenticatedUser, @Param() params: ListVersionParams, @Query() query: PageQuery) {
    return this.lists.version(user, params.arrangementId, params.version, query.after, query.limit);
  }

  @Get('partner-list-entries')
  @Operation({
    summary: 'Current entries of the partner list',
    description: 'Paged by aeoId, optionally filtered by status (active, suspended, removed).',
    answer: EntriesPageDto,
  })
  entries(@CurrentUser() user: AuthenticatedUser, @Param() params: ArrangementIdParams, @Query() query: EntriesQuery) {
    return this.lists.entries(user, params.arrangementId, query.status ?? null, query.after, query.limit);
  }
}
