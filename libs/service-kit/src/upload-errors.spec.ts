/// <reference types="multer" />
import { Controller, HttpCode, INestApplication, Module, Post, UploadedFile } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MulterModule } from '@nestjs/platform-express';
import request from 'supertest';
import { APP_CONFIG } from '@aeo/config';
import { uploadedFile } from './upload-errors';

const LIMITS = { limits: { fileSize: 16, files: 1, parts: 4, fieldSize: 8 } };

@Controller()
class UploadController {
  @Post('list')
  @HttpCode(200)
  @uploadedFile({ part: 'file', holds: 'the list', maxSize: '16 bytes' }, LIMITS)
  list(@UploadedFile() file: Express.Multer.File | undefined): unknown {
    return { size: file?.size };
  }

  @Post('document')
  @HttpCode(200)
  @uploadedFile(
    { part: 'file', holds: 'the document', maxSize: (config: { MAX: number }) => `${config.MAX} bytes` },
    LIMITS,
  )
  document(@UploadedFile() file: Express.Multer.File | undefined): unknown {
    return { size: file?.size };
  }

  /** The module's limits (`MulterModule`), as the applications service sets them. */
  @Post('evidence')
  @HttpCode(200)
  @uploadedFile({ part: 'evidence', holds: 'the evidence', maxSize: '16 bytes' }, { defParamCharset: 'utf8' })
  evidence(@UploadedFile() file: Express.Multer.File | undefined): unknown {
    return { size: file?.size };
  }
}

@Module({
  imports: [MulterModule.register({ limits: { fileSize: 16, files: 1, fields: 2 } })],
  controllers: [UploadController],
  providers: [{ provide: APP_CONFIG, useValue: { MAX: 8 } }],
})
class UploadModule {}

/**
 * Multer's refusals in the platform's words, each naming the file part (a real Nest app over
 * HTTP with multer's own limits, no database).
 */
describe('uploadedFile', () => {
  let app: INestApplication;
  const post = (path: string) => request(app.getHttpServer()).post(path);
  const small = Buffer.from('0123');

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [UploadModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterAll(() => app?.close());

  it('names the part when more than one file is sent', async () => {
    const answer = await post('/document').attach('file', small, 'a.pdf').attach('file', small, 'b.pdf').expect(400);
    expect(answer.body.message).toBe(
      'file: send the document as one multipart part named file (got more than one file part)',
    );
  });

  it('names the part expected and the one sent under another name', async () => {
    const answer = await post('/list').attach('list', small, 'l.csv').expect(400);
    expect(answer.body.message).toBe(
      'file: send the list as one multipart part named file (got a file part named list)',
    );
  });

  it('names the part and the limit, in words or from the config, for a file over multer’s limit', async () => {
    const large = Buffer.alloc(17, 0x20);
    expect((await post('/list').attach('file', large, 'l.csv').expect(413)).body.message).toBe(
      'file: larger than 16 bytes, the most this route accepts',
    );
    expect((await post('/document').attach('file', large, 'd.pdf').expect(413)).body.message).toBe(
      'file: larger than 8 bytes, the most this route accepts',
    );
  });

  it('names the limit of form fields, the module’s when the route sets none', async () => {
    const answer = await post('/evidence')
      .field('a', '1')
      .field('b', '2')
      .field('c', '3')
      .attach('evidence', small, 'e.pdf')
      .expect(400);
    expect(answer.body.message).toBe('body: more than 2 form fields, the most this route accepts');
  });

  it('names the field whose value is over the limit, and the limit', async () => {
    const answer = await post('/list').field('questionId', '123456789').attach('file', small, 'l.csv').expect(400);
    expect(answer.body.message).toBe('questionId: longer than 8 bytes, the most a form field holds on this route');
  });

  it('names the limit of multipart parts', async () => {
    const answer = await post('/list')
      .field('a', '1')
      .field('b', '2')
      .field('c', '3')
      .field('d', '4')
      .attach('file', small, 'l.csv')
      .expect(400);
    expect(answer.body.message).toBe(
      'body: more than 4 multipart parts (fields and files), the most this route accepts',
    );
  });

  describe('a form that cannot be read', () => {
    const form = (bytes: string, contentType = 'multipart/form-data; boundary=x') =>
      post('/list').set('content-type', contentType).send(Buffer.from(bytes));
    const filePart = 'Content-Disposition: form-data; name="file"; filename="l.csv"\r\n\r\n';

    it('names the body when the form ends before its closing boundary, in a file or a field', async () => {
      for (const bytes of [
        `--x\r\n${filePart}0123`,
        `--x\r\n${filePart}0123\r\n--x`,
        '--x\r\nContent-Disposition: form-data; name="questionId"\r\n\r\n12',
        'not a form',
      ]) {
        const answer = await form(bytes);
        expect({ bytes, status: answer.status, message: answer.body.message }).toEqual({
          bytes,
          status: 400,
          message: 'body: the multipart form ends before its closing boundary',
        });
      }
      expect((await form(`--x\r\n${filePart}0123\r\n--x--\r\n`).expect(200)).body).toEqual({ size: 4 });
    });

    it('names the body when a part’s header is malformed', async () => {
      const answer = await form('--x\r\nContent-Disposition form-data\r\n\r\n0123\r\n--x--\r\n').expect(400);
      expect(answer.body.message).toBe('body: a part of the multipart form has a malformed header');
    });

    const rule = "RFC 2046 allows 1 to 70 letters, digits, spaces and '()+_,-./:=?, not ending in a space";
    const boundary = "body: the Content-Type's multipart boundary";
    const missing = `${boundary} is missing: send multipart/form-data; boundary=... (${rule})`;
    /** A form that busboy would read by `boundary`, under the Content-Type given. */
    const formBy = (boundary: string, contentType: string) =>
      form(`--${boundary}\r\n${filePart}0123\r\n--${boundary}--\r\n`, contentType);

    it('names the body when the Content-Type’s boundary is missing, empty, too long or has characters RFC 2046 forbids', async () => {
      const long = 'a'.repeat(71);
      // Before the fix busboy read the forms of the quoted ones, and multer skipped the others as no
      // form at all (the route then answered without its file).
      for (const [contentType, read, message] of [
        ['multipart/form-data', 'x', missing],
        ['multipart/form-data; charset=utf-8', 'x', missing],
        ['multipart/form-data; boundary=', '', missing],
        ['multipart/form-data; boundary=""', '', `${boundary} is empty (${rule})`],
        [`multipart/form-data; boundary=${long}`, long, `${boundary} is 71 characters long (${rule})`],
        ['multipart/form-data; boundary=a@b', 'a@b', `${boundary} is malformed: "@" not allowed (${rule})`],
        [
          'multipart/form-data; boundary="a@b[é]@"',
          'a@b[é]@',
          `${boundary} is malformed: "@", "[", "é", "]" not allowed (${rule})`,
        ],
        ['multipart/form-data; boundary="a b "', 'a b ', `${boundary} is malformed: it ends in a space (${rule})`],
      ]) {
        const answer = await formBy(read, contentType);
        expect({ contentType, status: answer.status, message: answer.body.message }).toEqual({
          contentType,
          status: 400,
          message,
        });
      }
    });

    it('names the body when multer cannot parse the Content-Type’s parameters to find its boundary', async () => {
      for (const contentType of ['multipart/form-data; boundary=x;', 'multipart/form-data; boundary="x']) {
        const answer = await formBy('x', contentType);
        expect({ contentType, status: answer.status, message: answer.body.message }).toEqual({
          contentType,
          status: 400,
          message: `${boundary} cannot be read: its parameters are malformed (RFC 9110: ; name=token or ; name="quoted string")`,
        });
      }
    });

    it('reads a form by any boundary RFC 2046 allows', async () => {
      const longest = "0aZ'()+_,-./:=? z".padEnd(70, 'b');
      for (const [contentType, read] of [
        [`multipart/form-data; boundary="${longest}"`, longest],
        ['multipart/form-data; boundary=a', 'a'],
        ['Multipart/Form-Data; Boundary="a:b"; charset=utf-8', 'a:b'],
      ])
        expect({ contentType, body: (await formBy(read, contentType)).body }).toEqual({
          contentType,
          body: { size: 4 },
        });
    });
  });

  it('leaves an upload within the limits alone', async () => {
    expect((await post('/document').attach('file', small, 'd.pdf').expect(200)).body).toEqual({ size: 4 });
    expect((await post('/evidence').field('a', '1').attach('evidence', small, 'e.pdf').expect(200)).body).toEqual({
      size: 4,
    });
  });
});
