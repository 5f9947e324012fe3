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

    it('names the body when the Content-Type has no boundary', async () => {
      const answer = await form(`--x\r\n${filePart}0123\r\n--x--\r\n`, 'multipart/form-data').expect(400);
      expect(answer.body.message).toBe('body: the Content-Type multipart/form-data has no boundary parameter');
    });
  });

  it('leaves an upload within the limits alone', async () => {
    expect((await post('/document').attach('file', small, 'd.pdf').expect(200)).body).toEqual({ size: 4 });
    expect((await post('/evidence').field('a', '1').attach('evidence', small, 'e.pdf').expect(200)).body).toEqual({
      size: 4,
    });
  });
});
