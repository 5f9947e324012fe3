import {
  ConflictException,
  Injectable,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Inject } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuthenticatedUser } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { currentCorrelationId } from '@aeo/observability';
import { noteCreatedResource, recordAudit } from '@aeo/persistence';
import { fieldBadRequest, issuesBadRequest } from '@aeo/service-kit';
import type { ApplicationsConfig } from '../config';
import { type Application, lockExistingApplication } from '../applications/applications.repository';
import { ApplicationsService } from '../applications/applications.service';
import { ProgrammeService } from '../programme/programme.service';
import type { CriterionQuestion } from '../programme/programme.schemas';
import { SaveAnswersDto, detectDocumentType, fileNameProblem } from './self-assessment.schemas';
import type { Completeness, DocumentMetadata } from './self-assessment.response';
import {
  answeredAndEvidencedQuestions,
  deleteApplicationDocument,
  findApplicationDocumentContent,
  insertApplicationDocument,
  listApplicationAnswers,
  listApplicationDocuments,
  saveApplicationAnswers,
} from './self-assessment.repository';

/** Statuses in which the operator may still add evidence (a draft, or while customs examines it). */
const EVIDENCE_OPEN = ['draft', 'submitted', 'accepted', 'hearing'];

/**
 * The self-assessment of an application: answers per question of its programme version and the
 * evidence documents (size and type limits, SHA-256, stored in the service's database with the
 * rest of the application, so they are backed up and restored together).
 */
@Injectable()
export class SelfAssessmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly programme: ProgrammeService,
    @Inject(APP_CONFIG) private readonly config: ApplicationsConfig,
  ) {}

  async questionsOf(application: Application): Promise<CriterionQuestion[]> {
    const version = await this.programme.get(application.programmeVersion ?? 1);
    return ProgrammeService.questionsFor(version.document, application.statusType);
  }

  async saveAnswers(
    user: AuthenticatedUser,
    applicationId: string,
    body: SaveAnswersDto,
  ): Promise<{ answers: number; completeness: Completeness }> {
    const application = await this.applications.get(user, applicationId);
    const questions = new Map((await this.questionsOf(application)).map((q) => [q.id, q]));
    const issues: string[] = [];
    body.answers.forEach((answer, i) => {
      const question = questions.get(answer.questionId);
      if (!question)
        issues.push(
          `answers.${i}.questionId: ${answer.questionId} is not a question of the ${application.statusType} self-assessment (programme version ${application.programmeVersion ?? 1})`,
        );
      else if (question.answer === 'yes-no' && !['yes', 'no'].includes(answer.value))
        issues.push(`answers.${i}.value: ${answer.questionId} is answered "yes" or "no"`);
      else if (question.answer === 'text' && answer.value.length < 10)
        issues.push(`answers.${i}.value: ${answer.questionId} needs an answer of at least 10 characters`);
    });
    const seen = new Set<string>();
    body.answers.forEach((answer, i) => {
      if (seen.has(answer.questionId)) issues.push(`answers.${i}.questionId: ${answer.questionId} is answered twice`);
      seen.add(answer.questionId);
    });
    if (issues.length) throw issuesBadRequest(issues);

    return this.dataSource.transaction(async (manager) => {
      const locked = await lockExistingApplication(manager, application.id);
      if (locked.status !== 'draft')
        throw new ConflictException(
          `Application ${applicationId} is ${locked.status}; answers can only change in a draft`,
        );
      await saveApplicationAnswers(manager, application.id, body.answers, user.sub);
      await recordAudit(manager, {
        actor: user,
        action: 'application.answers-saved',
        entityType: 'application',
        entityId: application.id,
        after: { questions: body.answers.map((a) => a.questionId) },
        correlationId: currentCorrelationId(),
      });
      return { answers: body.answers.length, completeness: await this.completeness(manager, locked) };
    });
  }

  submit(user: AuthenticatedUser, applicationId: string): Promise<Application> {
    return this.applications.submit(user, applicationId, (manager, application) =>
      this.completeness(manager, application),
    );
  }

  async listAnswers(user: AuthenticatedUser, applicationId: string) {
    const application = await this.applications.get(user, applicationId);
    return {
      programmeVersion: application.programmeVersion,
      answers: await listApplicationAnswers(this.dataSource, application.id),
      completeness: await this.completeness(this.dataSource.manager, application),
    };
  }

  /** Every question answered, and evidence attached where the question requires it. */
  async completeness(manager: EntityManager, application: Application): Promise<Completeness> {
    const questions = await this.questionsOf(application);
    const { answered, evidenced } = await answeredAndEvidencedQuestions(manager, application.id);
    const missingAnswers = questions.filter((q) => !answered.has(q.id)).map((q) => q.id);
    const missingEvidence = questions.filter((q) => q.evidenceRequired && !evidenced.has(q.id)).map((q) => q.id);
    return { complete: missingAnswers.length === 0 && missingEvidence.length === 0, missingAnswers, missingEvidence };
  }

  async uploadDocument(
    user: AuthenticatedUser,
    applicationId: string,
    questionId: string,
    file: { originalname: string; buffer: Buffer; size: number } | undefined,
  ): Promise<DocumentMetadata> {
    const application = await this.applications.get(user, applicationId);
    if (!file) throw fieldBadRequest('file', 'attach the document as multipart field "file"');
    const nameProblem = fileNameProblem(file.originalname);
    if (nameProblem) throw fieldBadRequest('file', `the file name ${nameProblem}`);
    if (file.size > this.config.DOCUMENT_MAX_BYTES)
      throw new PayloadTooLargeException(
        `file: ${file.size} bytes is over the limit of ${this.config.DOCUMENT_MAX_BYTES} bytes`,
      );
    if (file.size === 0) throw fieldBadRequest('file', 'the document is empty');
    const contentType = detectDocumentType(file.buffer);
    if (!contentType)
      throw new UnsupportedMediaTypeException(
        'file: only PDF, PNG and JPEG documents are accepted (recognised by their content)',
      );
    const questions = await this.questionsOf(application);
    if (!questions.some((q) => q.id === questionId)) {
      throw fieldBadRequest(
        'questionId',
        `${questionId} is not a question of the ${application.statusType} self-assessment (programme version ${application.programmeVersion ?? 1})`,
      );
    }
    // Cut by code points: slicing UTF-16 units could split a letter beyond the BMP into an unpaired surrogate.
    const fileName =
      Array.from(file.originalname.replace(/[^\p{L}\p{N}._ -]/gu, '_'))
        .slice(0, 200)
        .join('') || 'document';
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const id = randomUUID();
    noteCreatedResource(id);
    await this.dataSource.transaction(async (manager) => {
      const locked = await lockExistingApplication(manager, application.id);
      if (!EVIDENCE_OPEN.includes(locked.status))
        throw new ConflictException(`Application ${applicationId} is ${locked.status}; no more evidence can be added`);
      await insertApplicationDocument(manager, {
        id,
        applicationId: application.id,
        questionId,
        fileName,
        contentType,
        sizeBytes: file.size,
        sha256,
        content: file.buffer,
        uploadedBy: user.sub,
      });
      await recordAudit(manager, {
        actor: user,
        action: 'application.document-uploaded',
        entityType: 'application',
        entityId: application.id,
        after: { documentId: id, questionId, sha256, sizeBytes: file.size },
        correlationId: currentCorrelationId(),
      });
    });
    return {
      id,
      questionId,
      fileName,
      contentType,
      sizeBytes: file.size,
      sha256,
      uploadedBy: user.sub,
      uploadedAt: new Date().toISOString(),
    };
  }

  /**
   * Removes a wrong upload from a draft (the company's own; once submitted, evidence stays as
   * customs received it). Audited with the document's SHA-256; answers what is still missing.
   */
  async deleteDocument(user: AuthenticatedUser, applicationId: string, documentId: string): Promise<Completeness> {
    const application = await this.applications.get(user, applicationId);
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockExistingApplication(manager, application.id);
      if (locked.status !== 'draft')
        throw new ConflictException(
          `Application ${applicationId} is ${locked.status}; documents can only be removed from a draft`,
        );
      const removed = await deleteApplicationDocument(manager, application.id, documentId);
      if (!removed) throw new NotFoundException(`Document ${documentId} not found in application ${applicationId}`);
      await recordAudit(manager, {
        actor: user,
        action: 'application.document-deleted',
        entityType: 'application',
        entityId: application.id,
        before: { documentId, questionId: removed.questionId, fileName: removed.fileName, sha256: removed.sha256 },
        correlationId: currentCorrelationId(),
      });
      return this.completeness(manager, locked);
    });
  }

  async listDocuments(user: AuthenticatedUser, applicationId: string): Promise<DocumentMetadata[]> {
    const application = await this.applications.get(user, applicationId);
    return listApplicationDocuments(this.dataSource, application.id);
  }

  async documentContent(
    user: AuthenticatedUser,
    applicationId: string,
    documentId: string,
  ): Promise<{ fileName: string; contentType: string; sha256: string; content: Buffer }> {
    const application = await this.applications.get(user, applicationId);
    const document = await findApplicationDocumentContent(this.dataSource, application.id, documentId);
    if (!document) throw new NotFoundException(`Document ${documentId} not found in application ${applicationId}`);
    return document;
  }
}
