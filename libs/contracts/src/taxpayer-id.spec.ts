import { DECLARATION_TAXPAYER_ID_FIELDS, DeclarationLodged } from './events/declaration.events';
import { programmeTaxpayerId, taxpayerIdPatternEnv, taxpayerIdRules } from './taxpayer-id';

describe("the programme's taxpayer id format (shared by operator registration and the status look-up)", () => {
  it('accepts ids in the configured format and names the format otherwise', () => {
    const ids = programmeTaxpayerId(taxpayerIdPatternEnv.parse(undefined));
    expect(ids.parse('5123456')).toBe('5123456');
    for (const bad of ['abc', '../../health', '51234567', '512345', '']) {
      const result = ids.safeParse(bad);
      expect(result.success).toBe(false);
    }
    expect(ids.safeParse('abc').error?.issues[0]?.message).toBe("does not match the programme's format ^[0-9]{7}$");
    expect(programmeTaxpayerId('^[A-Z]{2}[0-9]{6}$').safeParse('MN123456').success).toBe(true);
  });

  it('refuses a TAXPAYER_ID_PATTERN that is not a regular expression', () => {
    expect(taxpayerIdPatternEnv.safeParse('([0-9]').success).toBe(false);
  });
});

describe("a consumer's taxpayer id rules", () => {
  const rules = taxpayerIdRules('^[0-9]{7}$', ['traderTaxpayerId', 'declarantTaxpayerId']);

  it('passes data whose named ids match the format, whatever else it holds', () => {
    expect(
      rules.safeParse({ traderTaxpayerId: '5123456', declarantTaxpayerId: '6123456', region: 'KHOVD' }).success,
    ).toBe(true);
  });

  it('names each field out of the format (a hidden character after the id, letters) and a missing one', () => {
    const result = rules.safeParse({ traderTaxpayerId: '5123456\u202e', declarantTaxpayerId: 'ABC' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['traderTaxpayerId', "does not match the programme's format ^[0-9]{7}$"],
      ['declarantTaxpayerId', "does not match the programme's format ^[0-9]{7}$"],
    ]);
    expect(rules.safeParse({ traderTaxpayerId: '5123456' }).error?.issues[0]?.path).toEqual(['declarantTaxpayerId']);
  });

  it('checks a declaration as its contract parsed it: white space around an id is gone, a hidden character not', () => {
    const declarationRules = taxpayerIdRules('^[0-9]{7}$', DECLARATION_TAXPAYER_ID_FIELDS);
    const contract = DeclarationLodged.schema.pick({ declarantTaxpayerId: true, traderTaxpayerId: true });
    const checked = (ids: { declarantTaxpayerId: string; traderTaxpayerId: string }) =>
      declarationRules.safeParse(contract.parse(ids));
    expect(checked({ declarantTaxpayerId: ' 5123456', traderTaxpayerId: '6123456 ' }).success).toBe(true);
    expect(
      checked({ declarantTaxpayerId: '5123456\u202e', traderTaxpayerId: 'AB12345' }).error?.issues.map((issue) =>
        issue.path.join('.'),
      ),
    ).toEqual(['declarantTaxpayerId', 'traderTaxpayerId']);
  });
});

describe("a declaration's taxpayer id fields (DECLARATION_TAXPAYER_ID_FIELDS)", () => {
  it("are its contract's taxpayer ids in the schema's order (every service names a bad one's fields alike)", () => {
    const shape = Object.keys(DeclarationLodged.schema.shape);
    expect([...DECLARATION_TAXPAYER_ID_FIELDS]).toEqual(shape.filter((field) => field.endsWith('TaxpayerId')));
  });
});
