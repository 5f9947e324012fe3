import { Body, Controller, Get, Module, Param, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, type OpenAPIObject } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Public, ROLES, Roles } from '@aeo/auth';
import { HumanStep } from './idempotency';
import { openApiDocumentOf } from './testing/openapi-document-of';

class ContactDto extends createZodDto(
  z.object({
    email: z.string().nullable().describe('null = in-app only'),
    tags: z.array(z.string()),
    visits: z.number().int().nullable(),
  }),
) {}
class NoteBody extends createZodDto(z.strictObject({ text: z.string() })) {}

@Controller('contacts')
@Roles(ROLES.operations)
class ContactsController {
  @Get(':sub')
  @ApiOkResponse({ type: ContactDto.Output })
  read(@Param('sub') sub: string) {
    return { sub };
  }

  @Post(':sub/notes')
  @Roles(ROLES.executive, ROLES.regionalOffice)
  @HumanStep()
  note(@Param('sub') sub: string, @Body() body: NoteBody) {
    return { sub, body };
  }

  @Patch(':sub')
  change(@Param('sub') sub: string, @Body() body: NoteBody) {
    return { sub, body };
  }
}

@Controller('public/contacts')
class PublicContactsController {
  @Get(':sub')
  @Public()
  read(@Param('sub') sub: string) {
    return { sub };
  }
}

@Module({ controllers: [ContactsController, PublicContactsController] })
class ContactsModule {}

describe('the OpenAPI document of a service', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await openApiDocumentOf(ContactsModule, {
      service: 'contacts',
      title: 'Contacts',
      description: 'Test service',
    });
  });

  it('documents a nullable zod string as a nullable string, not as an array', () => {
    const properties = (document.components!.schemas!['ContactDto_Output'] as { properties: Record<string, unknown> })
      .properties;
    expect(properties['email']).toMatchObject({ type: 'string', nullable: true, description: 'null = in-app only' });
    expect(properties['email']).not.toHaveProperty('items');
    expect(properties['tags']).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(properties['visits']).toMatchObject({ type: 'integer', nullable: true });
  });

  it('lists the roles an operation allows, from the @Roles that enforces them (method over class)', () => {
    const read = document.paths['/v1/contacts/{sub}']!.get as unknown as Record<string, unknown>;
    const note = document.paths['/v1/contacts/{sub}/notes']!.post as unknown as Record<string, unknown>;
    expect(read['x-roles']).toEqual(['operations']);
    expect(read['description']).toContain('Roles allowed: operations.');
    expect(note['x-roles']).toEqual(['executive', 'regional-office']);
    expect(note['description']).toContain('Roles allowed: executive, regional-office.');
  });

  it('documents the errors every route can answer, public ones included', () => {
    const publicRead = document.paths['/v1/public/contacts/{sub}']!.get!;
    expect(publicRead.security).toEqual([]);
    expect(publicRead.description).toContain('No token needed.');
    expect(Object.keys(publicRead.responses)).toEqual(expect.arrayContaining(['400', '404', '503']));
    const note = document.paths['/v1/contacts/{sub}/notes']!.post!;
    expect(Object.keys(note.responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '404', '409', '413', '503']),
    );
  });

  it('documents the Idempotency-Key header on every POST and PATCH, and the once-only rule of a human step', () => {
    const note = document.paths['/v1/contacts/{sub}/notes']!.post!;
    for (const operation of [note, document.paths['/v1/contacts/{sub}']!.patch!])
      expect(operation.parameters).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description: expect.stringContaining('given twice: 400'),
            schema: { type: 'string', minLength: 1, maxLength: 255 },
          }),
        ]),
      );
    expect(Object.keys(note.responses)).toContain('422');
    // A PATCH answers 409 while its key's first request is in progress, as a POST does.
    expect(Object.keys(document.paths['/v1/contacts/{sub}']!.patch!.responses)).toEqual(
      expect.arrayContaining(['409', '422']),
    );
    expect(note.description).toMatch(/^A step taken once: the same request again answers the same status and body/);
    expect(note.responses['409']).toMatchObject({
      description: expect.stringContaining('what was done, when and by whom'),
    });
    expect(document.paths['/v1/contacts/{sub}']!.get!.parameters).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key' })]),
    );
  });
});
