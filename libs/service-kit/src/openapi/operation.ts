import { applyDecorators, HttpCode, Type } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { Role, Roles } from '@aeo/auth';
import { HumanStep } from '../idempotency';
import { WorkflowAction } from '../workflow-action';

/** What every operation says about itself: who may call it, what it does, and how it answers. */
export interface OperationDoc {
  /** Who may call it (`@Roles`); left out, the controller's `@Roles` apply. */
  readonly roles?: readonly Role[];
  readonly summary: string;
  readonly description?: string;
  /** The success status, which the route answers with (200 when left out). */
  readonly status?: number;
  /** What the success answer is, in the document. */
  readonly answered?: string;
  /** A person's step taken once (`@HumanStep`). */
  readonly humanStep?: boolean;
  /** A step handed to a workflow as an update (`@WorkflowAction`). */
  readonly workflowAction?: boolean;
}

/**
 * A method decorator that, as nestjs-zod's `@ZodResponse`, lets the handler return only what its
 * answer's schema takes (compile time).
 */
type Answering<T> = (
  target: object,
  propertyKey?: string | symbol,
  descriptor?: Pick<TypedPropertyDescriptor<(...args: never[]) => T | Promise<T>>, 'value'>,
) => void;

/** `@ZodResponse`, once Operation's own overloads have checked the handler's answer against the DTO. */
const zodResponse = ZodResponse as (options: {
  status: number;
  type: ZodDto | [ZodDto];
  description?: string;
}) => MethodDecorator;

/**
 * One operation's decorators in one place: `@Roles`, `@ApiOperation` and its success answer. The
 * answer is a zod DTO (`[Dto]` for a list) given as `answer`: validated, serialised and documented
 * by `@ZodResponse` (see responses.ts); or, for a handler that shapes its answer itself, only
 * documented (`documented`, e.g. `Dto.Output`); or none (a 204). Steps add `@HumanStep` and
 * `@WorkflowAction`, so the document states their 409 and 422.
 */
export function Operation<D extends ZodDto>(
  doc: OperationDoc & { readonly answer: D },
): Answering<z.input<D['schema']>>;
export function Operation<D extends ZodDto>(
  doc: OperationDoc & { readonly answer: [D] },
): Answering<Array<z.input<D['schema']>>>;
export function Operation(
  doc: OperationDoc & { readonly documented?: Type<unknown> | [Type<unknown>] },
): MethodDecorator;
export function Operation(
  doc: OperationDoc & {
    readonly answer?: ZodDto | [ZodDto];
    readonly documented?: Type<unknown> | [Type<unknown>];
  },
): ReturnType<typeof applyDecorators> {
  const status = doc.status ?? 200;
  const { summary, description, answered } = doc;
  return applyDecorators(
    ...(doc.humanStep ? [HumanStep()] : []),
    ...(doc.workflowAction ? [WorkflowAction()] : []),
    ...(doc.roles ? [Roles(...doc.roles)] : []),
    ApiOperation(description === undefined ? { summary } : { summary, description }),
    doc.answer
      ? zodResponse({ status, type: doc.answer, description: answered })
      : applyDecorators(HttpCode(status), ApiResponse({ status, type: doc.documented, description: answered })),
  );
}
