import i18next from 'i18next';
import { resourcesOf } from '../i18n/words';
import { ApiError } from './clients';
import { checkRequest } from './request-check';

async function translator(language: 'en' | 'mn') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: resourcesOf({ en: {}, mn: {} }), lng: language });
  return i18n.t;
}

function refusal(run: () => void): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe("a form checked against its operation's request schema before it is sent", () => {
  const acceptance = 'POST /v1/applications/{applicationId}/acceptance';
  const decision = 'POST /v1/applications/{applicationId}/decision';

  it('passes a body the service accepts', async () => {
    const t = await translator('en');
    expect(() => checkRequest('applications', acceptance, { decision: 'accept' }, t)).not.toThrow();
    expect(() =>
      checkRequest('applications', decision, { decision: 'grant', reasons: ['criteria met on site'] }, t),
    ).not.toThrow();
  });

  it("names each field the service would refuse, in the person's language", async () => {
    const t = await translator('en');
    const refused = refusal(() => checkRequest('applications', acceptance, { decision: 'maybe', reason: 'no' }, t));
    expect(refused.status).toBe(422);
    expect(refused.fieldErrors).toEqual({ decision: 'One of: accept, reject', reason: 'At least 5 characters' });
    const none = refusal(() => checkRequest('applications', decision, { decision: 'grant', reasons: [] }, t));
    expect(none.fieldErrors).toEqual({ reasons: 'At least 1 entry' });

    const tm = await translator('mn');
    const mongolian = refusal(() => checkRequest('applications', acceptance, { reason: 'no' }, tm));
    expect(mongolian.fieldErrors).toEqual({ decision: 'Заавал бөглөнө', reason: 'Дор хаяж 5 тэмдэгт' });
  });

  it('says a text of spaces is blank and a NUL is a character not allowed, in both languages', async () => {
    const analysis = 'POST /v1/deviations/{caseId}/analysis';
    const t = await translator('en');
    const refused = refusal(() => checkRequest('programme', analysis, { rootCause: '', owner: 'Darkhan\u0000' }, t));
    expect(refused.fieldErrors).toEqual({
      rootCause: 'Must not be blank',
      owner: 'Contains a character that is not allowed',
    });
    const tm = await translator('mn');
    const mongolian = refusal(() => checkRequest('programme', analysis, { rootCause: '', owner: 'a\u0000' }, tm));
    expect(mongolian.fieldErrors).toEqual({
      rootCause: 'Хоосон байж болохгүй',
      owner: 'Зөвшөөрөгдөөгүй тэмдэгт агуулсан',
    });
  });

  it('refuses an operation it has no schema for (the generated schemas are stale)', async () => {
    const t = await translator('en');
    expect(() => checkRequest('applications', 'POST /v1/nothing', {}, t)).toThrow(
      'No request schema for applications POST /v1/nothing',
    );
  });
});
