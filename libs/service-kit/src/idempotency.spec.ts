import { createHash } from 'node:crypto';
import { requestHash } from '@aeo/persistence';
import { requestFingerprint } from './idempotency';

describe('Idempotency-Key request fingerprint', () => {
  const csvPost = (body: unknown) => ({ method: 'POST', originalUrl: '/v1/arrangements/a/partner-lists', body });

  it('counts a raw body (a 64 MB partner list sent as text/csv) by its SHA-256 and length, never serialising the bytes', () => {
    const list = Buffer.alloc(64 * 1024 * 1024, 'MN1234567,Trader,AEOF\n');
    const fingerprint = requestFingerprint(csvPost(list));
    expect(fingerprint.body).toEqual({
      sha256: createHash('sha256').update(list).digest('hex'),
      bytes: 64 * 1024 * 1024,
    });
    // What is hashed stays small whatever the body's size (JSON of the Buffer itself would be some 200 MB).
    expect(JSON.stringify(fingerprint).length).toBeLessThan(500);
  });

  it('tells raw bodies apart by their content: the same bytes match, one changed byte does not', () => {
    const list = Buffer.from('MN1234567,Trader,AEOF\n');
    const changed = Buffer.from('MN1234568,Trader,AEOF\n');
    expect(requestHash(requestFingerprint(csvPost(Buffer.from(list))))).toBe(
      requestHash(requestFingerprint(csvPost(list))),
    );
    expect(requestHash(requestFingerprint(csvPost(changed)))).not.toBe(requestHash(requestFingerprint(csvPost(list))));
  });

  it('compares a JSON body by its content (key order aside) and uploaded files by their SHA-256', () => {
    const file = { fieldname: 'file', originalname: 'a.pdf', mimetype: 'application/pdf', buffer: Buffer.from('%PDF') };
    const upload = (body: unknown) => ({ ...csvPost(body), file });
    expect(requestHash(requestFingerprint(upload({ a: 1, b: 'x' })))).toBe(
      requestHash(requestFingerprint(upload({ b: 'x', a: 1 }))),
    );
    expect(requestFingerprint(upload({})).files).toEqual([
      {
        field: 'file',
        name: 'a.pdf',
        type: 'application/pdf',
        sha256: createHash('sha256').update('%PDF').digest('hex'),
      },
    ]);
  });
});
