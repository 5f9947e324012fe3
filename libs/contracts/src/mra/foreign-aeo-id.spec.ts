import { normaliseForeignAeoId } from './foreign-aeo-id';

describe('normaliseForeignAeoId', () => {
  it.each([
    ['CN', 'CN1234567890', 'CN1234567890'],
    ['CN', 'cn 1234-567-890', 'CN1234567890'],
    ['CN', '1234567890', 'CN1234567890'],
    ['CN', '１２３４５６７８９０', 'CN1234567890'],
    ['CN', 'ＣＮ１２３４５６７８９０', 'CN1234567890'],
    ['KR', 'KR-KCS-000123', 'KRKCS000123'],
    ['kr', ' kcs/000123 ', 'KRKCS000123'],
  ])('%s %j → %s', (country, id, expected) => {
    expect(normaliseForeignAeoId(country, id)).toBe(expected);
  });

  it('keeps identifiers that differ in a digit apart', () => {
    expect(normaliseForeignAeoId('CN', 'CN1234567890')).not.toBe(normaliseForeignAeoId('CN', 'CN1234567891'));
  });
});
