import { BadRequestException } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_CONFIG } from '@aeo/config';
import { DEFAULT_TAXPAYER_ID_PATTERN } from '@aeo/contracts';
import { TaxpayerIdPipe, taxpayerIdCheck } from './taxpayer-id.pipe';

describe('TaxpayerIdPipe', () => {
  const config = { TAXPAYER_ID_PATTERN: DEFAULT_TAXPAYER_ID_PATTERN };
  const pipe = new (TaxpayerIdPipe('taxpayerId', 'replacing'))(config);
  const refusalOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(BadRequestException);
      return (error as BadRequestException).getResponse();
    }
    throw new Error('not refused');
  };

  it('passes a taxpayer id in the programme format, and values without one', () => {
    const params = { pilotId: '5d0c7d5e-0b7e-4d55-9a43-1b0f5a8f1a01', taxpayerId: '5034567' };
    expect(pipe.transform(params, { type: 'param' })).toBe(params);
    expect(pipe.transform({ pilotId: params.pilotId }, { type: 'param' })).toEqual({ pilotId: params.pilotId });
  });

  it.each(['5034567/../', '../5034567', '503456', ' 5034567', 'abc'])(
    'refuses %j with a 400 naming taxpayerId',
    (id) => {
      expect(refusalOf(() => pipe.transform({ taxpayerId: id }, { type: 'param' }))).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: "taxpayerId: does not match the programme's format ^[0-9]{7}$",
        issues: ["taxpayerId: does not match the programme's format ^[0-9]{7}$"],
      });
    },
  );

  it('checks each of its fields, naming the one refused', () => {
    expect(
      refusalOf(() => pipe.transform({ taxpayerId: '5034567', replacing: '5034567\u202E' }, { type: 'body' })),
    ).toMatchObject({
      message: expect.stringMatching(/^replacing: does not match the programme's format/),
    });
    const body = { taxpayerId: '5034567', replacing: '5034568' };
    expect(pipe.transform(body, { type: 'body' })).toEqual(body);
    // Another list of fields leaves the others alone.
    const onlyTaxpayerId = new (TaxpayerIdPipe('taxpayerId'))(config);
    expect(onlyTaxpayerId.transform({ taxpayerId: '5034567', replacing: 'ACME 1' }, { type: 'body' })).toEqual({
      taxpayerId: '5034567',
      replacing: 'ACME 1',
    });
  });

  it('names every issue of the field refused, in the validation pipe shape', () => {
    expect(
      refusalOf(() => taxpayerIdCheck('^[0-9]{7}$', ['taxpayerId'])({ taxpayerId: '1'.repeat(33) })),
    ).toMatchObject({
      issues: [
        "taxpayerId: does not match the programme's format ^[0-9]{7}$",
        expect.stringMatching(/^taxpayerId: Too big/),
      ],
    });
  });

  it("reads the service's TAXPAYER_ID_PATTERN, one pipe class per list of fields", async () => {
    expect(TaxpayerIdPipe('taxpayerId')).toBe(TaxpayerIdPipe('taxpayerId'));
    const Pipe = TaxpayerIdPipe('taxpayerId');
    const moduleRef = await Test.createTestingModule({
      providers: [{ provide: APP_CONFIG, useValue: { TAXPAYER_ID_PATTERN: '^[A-Z]{2}[0-9]{6}$' } }, Pipe],
    }).compile();
    const injected = moduleRef.get(Pipe);
    expect(injected.transform({ taxpayerId: 'MN123456' }, { type: 'param' })).toEqual({ taxpayerId: 'MN123456' });
    expect(refusalOf(() => injected.transform({ taxpayerId: '5034567' }, { type: 'param' }))).toMatchObject({
      message: "taxpayerId: does not match the programme's format ^[A-Z]{2}[0-9]{6}$",
    });
  });
});
