import { Body, Controller, Delete, Get, Module, Post, Put } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ROLES, Roles } from '@aeo/auth';
import { HUMAN_STEP_NOTE } from '../idempotency';
import { openApiDocumentOf } from '../testing/openapi-document-of';
import { WORKFLOW_ACTION_UNPROCESSABLE } from '../workflow-action';
import { Operation } from './operation';

class NoteDto extends createZodDto(z.object({ id: z.string(), text: z.string() })) {}
class NoteBody extends createZodDto(z.strictObject({ text: z.string() })) {}
class CountDto extends createZodDto(z.object({ count: z.number().int() })) {}

@Controller('notes')
@Roles(ROLES.operations)
class NotesController {
  @Get()
  @Operation({ summary: 'List notes', description: 'All of them.', answer: [NoteDto] })
  list() {
    return [{ id: 'n1', text: 'first' }];
  }

  @Post()
  @Operation({
    roles: [ROLES.executive],
    summary: 'Take a note',
    status: 202,
    answer: NoteDto,
    answered: 'The note as taken',
    humanStep: true,
    workflowAction: true,
  })
  take(@Body() body: NoteBody) {
    return { id: 'n2', text: body.text };
  }

  @Get('count')
  @Operation({ summary: 'Count notes', documented: CountDto.Output, answered: 'How many' })
  count() {
    return { count: 1 };
  }

  @Delete()
  @Operation({ summary: 'Forget every note', status: 204, answered: 'Forgotten' })
  forget() {}

  @Put()
  // @ts-expect-error the handler must return what the answer's schema takes, as with @ZodResponse
  @Operation({ summary: 'Replace a note', answer: NoteDto })
  replace() {
    return { id: 1 };
  }
}

@Module({ controllers: [NotesController] })
class NotesModule {}

describe('@Operation', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await openApiDocumentOf(NotesModule, { service: 'notes', title: 'Notes', description: 'Test service' });
  });

  const operation = (method: 'get' | 'post' | 'put' | 'delete', path = '/v1/notes') =>
    document.paths[path]![method] as unknown as Record<string, unknown> & {
      responses: Record<string, { description?: string; content?: Record<string, { schema: unknown }> }>;
    };

  it('documents the summary, the description and the zod answer with its status (200 by default)', () => {
    const list = operation('get');
    expect(list['summary']).toBe('List notes');
    expect(list['description']).toBe('All of them.\n\nRoles allowed: operations.');
    expect(list.responses['200']!.content!['application/json']!.schema).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/NoteDto_Output' },
    });
  });

  it('enforces and documents its roles over the controller’s, and marks a human step handed to a workflow', () => {
    const take = operation('post');
    expect(take['x-roles']).toEqual(['executive']);
    expect(take['description']).toBe(`${HUMAN_STEP_NOTE}\n\nRoles allowed: executive.`);
    expect(take.responses['202']).toMatchObject({
      description: 'The note as taken',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/NoteDto_Output' } } },
    });
    expect(take.responses['422']!.description).toBe(WORKFLOW_ACTION_UNPROCESSABLE);
    expect(take.responses['409']!.description).toContain('what was done, when and by whom');
    expect(take.responses['201']).toBeUndefined();
  });

  it('documents an answer the handler shapes itself, and an answer without a body', () => {
    expect(operation('get', '/v1/notes/count').responses['200']).toMatchObject({
      description: 'How many',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/CountDto_Output' } } },
    });
    expect(operation('delete').responses['204']).toEqual({ description: 'Forgotten' });
  });

  it('makes the route answer with its status', () => {
    const status = (method: keyof NotesController) =>
      Reflect.getMetadata(HTTP_CODE_METADATA, NotesController.prototype[method]) as number;
    expect([status('list'), status('take'), status('count'), status('forget')]).toEqual([200, 202, 200, 204]);
  });
});
