import { BadRequestException } from '@nestjs/common';
import { DEFAULT_TAXPAYER_ID_PATTERN } from '@aeo/contracts';
import { TaxpayerIdPipe } from './taxpayer-id-param.pipe';

describe('TaxpayerIdPipe', () => {
  const pipe = new TaxpayerIdPipe({ TAXPAYER_ID_PATTERN: DEFAULT_TAXPAYER_ID_PATTERN });

  it('passes a taxpayer id in the programme format, and params without one', () => {
    const params = { pilotId: '5d0c7d5e-0b7e-4d55-9a43-1b0f5a8f1a01', taxpayerId: '5034567' };
    expect(pipe.transform(params)).toBe(params);
    expect(pipe.transform({ pilotId: params.pilotId })).toEqual({ pilotId: params.pilotId });
  });

  it.each(['5034567/../', '../5034567', '503456', ' 5034567'])('refuses %j with a 400 naming taxpayerId', (id) => {
    let refusal: unknown;
    try {
      pipe.transform({ taxpayerId: id });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(BadRequestException);
    expect((refusal as BadRequestException).getResponse()).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/^taxpayerId: does not match the programme's format/),
    });
  });

  it('refuses a replacing (a body field) in another format, naming replacing', () => {
    expect(() => pipe.transform({ taxpayerId: '5034567', replacing: '5034567\u202E' })).toThrow(BadRequestException);
    expect(pipe.transform({ taxpayerId: '5034567', replacing: '5034568' })).toEqual({
      taxpayerId: '5034567',
      replacing: '5034568',
    });
  });
});
