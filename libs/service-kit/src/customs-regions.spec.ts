import { BadRequestException } from '@nestjs/common';
import { CustomsRegionPipe, refuseUnknownRegion } from './customs-regions';

describe('customs regions of the programme', () => {
  const pipe = new CustomsRegionPipe({ CUSTOMS_REGIONS: ['ULAANBAATAR', 'DARKHAN'] });
  const messageOf = (run: () => unknown) => {
    try {
      run();
    } catch (caught) {
      expect(caught).toBeInstanceOf(BadRequestException);
      return ((caught as BadRequestException).getResponse() as { message: string }).message;
    }
    return undefined;
  };

  it('lets a query through without a region or with one of them', () => {
    expect(pipe.transform({ limit: 5 })).toEqual({ limit: 5 });
    expect(pipe.transform({ region: 'DARKHAN' })).toEqual({ region: 'DARKHAN' });
  });

  it('answers 400 naming region for a well-formed region that is not one of them', () => {
    expect(messageOf(() => pipe.transform({ region: 'MARS' }))).toBe(
      'region: MARS is not a customs region of the programme (ULAANBAATAR, DARKHAN)',
    );
  });

  it('names the field it is given', () => {
    expect(messageOf(() => refuseUnknownRegion(new Set(['DARKHAN']), 'MARS', 'scope'))).toBe(
      'scope: MARS is not a customs region of the programme (DARKHAN)',
    );
  });
});
