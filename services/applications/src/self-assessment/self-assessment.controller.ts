/// <reference types="multer" />
import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import type { Response } from 'express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { SAFE_TEXT_PATTERN } from '@aeo/contracts';
import {
  ApiErrorAnswers,
  IdempotentUpload,
  Operation,
  RebuildsLostAnswer,
  NoQuery,
  NoQueryParams,
  uploadedFile,
} from '@aeo/service-kit';
import { ApplicationDto, applicationAsSeenBy } from '../applications/application.response';
import type { ApplicationsConfig } from '../config';
import { ApplicationIdParams } from '../applications/application.schemas';
import { DocumentParams, SaveAnswersDto, UploadDocumentFields } from './self-assessment.schemas';

/**
 * Busboy reads file names without a charset as latin1 by default, garbling `Тайлан 2025.pdf`:
 * names are UTF-8 here, as field values already are, and what is not valid UTF-8 is refused.
 */
const MULTIPART_AS_UTF8 = { defParamCharset: 'utf8' };
import { AnswersDto, CompletenessDto, DocumentMetadataDto, SavedAnswersDto } from './self-assessment.response';
import { SelfAssessmentService } from './self-assessment.service';

/** The document, the multipart part `file`: multer's refusals (a second file, another part name, too large) name it. */
const DOCUMENT_UPLOAD = {
  part: 'file',
  holds: 'the document',
  maxSize: (config: ApplicationsConfig) => `${config.DOCUMENT_MAX_BYTES} bytes`,
};

/** The operator's self-assessment: answers per criterion question and evidence documents. */
@ApiTags('self-assessment')
@Controller('applications/:applicationId')
// Case readers read (each limited to its company or region); each write names who may take it.
@Roles(...CASE_READERS)
export class SelfAssessmentController {
  constructor(private readonly selfAssessment: SelfAssessmentService) {}

  /** Saves answers (a draft only); returns what is still missing before the application can be submitted. */
  @Put('answers')
  @Operation({
    roles: [ROLES.operatorUser, ROLES.contactOfficer],
    summary: 'Save self-assessment answers',
    description: 'Saves answers of a draft; answers what is still missing before the application can be submitted.',
    answer: SavedAnswersDto,
  })
  save(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams, @Body() body: SaveAnswersDto) {
    return this.selfAssessment.saveAnswers(user, params.applicationId, body);
  }

  /**
   * Submits a complete draft: 422 listing every unanswered question and missing evidence
   * otherwise. The acceptance period starts; submitting again returns the application as it is.
   */
  @Post('submission')
  @Operation({
    roles: [ROLES.operatorUser, ROLES.contactOfficer],
    summary: 'Submit the application',
    description:
      'Submits a complete draft (422 listing every unanswered question and missing evidence otherwise); the acceptance period starts. Submitting again answers the application as it is. An operator user must be an administrator of the company.',
    answer: ApplicationDto,
    answered: 'The submitted application',
  })
  async submit(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams) {
    return applicationAsSeenBy(user, await this.selfAssessment.submit(user, params.applicationId));
  }

  @Get('answers')
  @Operation({
    summary: 'Read the self-assessment answers',
    description: 'The answers saved so far, question by question.',
    answer: AnswersDto,
  })
  answers(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.selfAssessment.listAnswers(user, params.applicationId);
  }

  /** Attaches an evidence document (PDF, PNG or JPEG, up to DOCUMENT_MAX_BYTES) to a question. */
  @Post('documents')
  @Operation({
    roles: [ROLES.operatorUser, ROLES.contactOfficer],
    summary: 'Attach an evidence document',
    description:
      'A PDF, PNG or JPEG (recognised by its content) of at most DOCUMENT_MAX_BYTES, for one question of the self-assessment; 413 when larger.',
    status: 201,
    answer: DocumentMetadataDto,
    answered: 'The stored document',
  })
  @IdempotentUpload()
  @RebuildsLostAnswer(async (moduleRef, request, documentId) => {
    const documents = await moduleRef
      .get(SelfAssessmentService, { strict: false })
      .listDocuments(request.user as AuthenticatedUser, String(request.params['applicationId']));
    return documents.find((document) => document.id === documentId);
  })
  @uploadedFile(DOCUMENT_UPLOAD, MULTIPART_AS_UTF8)
  @ApiConsumes('multipart/form-data')
  @ApiErrorAnswers({ 415: 'The file is not a PDF, PNG or JPEG (recognised by its content)' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'questionId'],
      properties: {
        file: { type: 'string', format: 'binary' },
        questionId: { type: 'string', minLength: 1, maxLength: 40, pattern: SAFE_TEXT_PATTERN.source },
      },
    },
  })
  upload(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Body() fields: UploadDocumentFields,
    @UploadedFile() file: Express.Multer.File | undefined,
  ) {
    return this.selfAssessment.uploadDocument(user, params.applicationId, fields.questionId, file);
  }

  @Get('documents')
  @Operation({
    summary: 'List evidence documents',
    description: 'The documents attached to the application (metadata only).',
    answer: [DocumentMetadataDto],
  })
  documents(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.selfAssessment.listDocuments(user, params.applicationId);
  }

  /** Removes a wrong upload from a draft (the owner company's operator); answers what is still missing. */
  @Delete('documents/:documentId')
  @Operation({
    roles: [ROLES.operatorUser],
    summary: 'Remove an evidence document from a draft',
    description:
      'A user of the owner company removes a document of a draft (409 once the application is submitted: evidence then stays as customs received it); audited with the document’s SHA-256. Answers what is still missing before submission.',
    answer: CompletenessDto,
    answered: 'What is still missing before submission',
  })
  deleteDocument(@CurrentUser() user: AuthenticatedUser, @Param() params: DocumentParams) {
    return this.selfAssessment.deleteDocument(user, params.applicationId, params.documentId);
  }

  /** The document's content, with its SHA-256 in the header `x-content-sha256`. */
  @Get('documents/:documentId/content')
  @ApiOperation({
    summary: 'Download a document',
    description: 'The document’s content, with its SHA-256 in the header `x-content-sha256`.',
  })
  @ApiOkResponse({
    description: 'The document as stored',
    headers: {
      'x-content-sha256': { description: 'SHA-256 of the content (hex)', schema: { type: 'string' } },
      'x-content-type-options': {
        description: '`nosniff`: served as the recognised type only',
        schema: { type: 'string', enum: ['nosniff'] },
      },
      'content-disposition': { description: 'attachment, with the file name', schema: { type: 'string' } },
    },
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'image/png': { schema: { type: 'string', format: 'binary' } },
      'image/jpeg': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async content(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: DocumentParams,
    @Res({ passthrough: true }) response: Response,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    const document = await this.selfAssessment.documentContent(user, params.applicationId, params.documentId);
    response.setHeader('x-content-sha256', document.sha256);
    // Uploaded bytes are served as their recognised type, never as what a browser guesses (HTML).
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(document.content, {
      type: document.contentType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      length: document.content.length,
    });
  }
}
