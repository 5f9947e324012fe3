import { mergeOverrides } from './config-overrides';

describe('mergeOverrides', () => {
  const defaults = { version: 'v1', rate: 0.1, chapters: ['36', '93'], aeo: { factor: 0.2, share: 0.3 } };

  it('replaces values and arrays, and merges a nested object field by field', () => {
    expect(mergeOverrides(defaults, { rate: 0.5, chapters: ['71'], aeo: { factor: 0.9 } })).toEqual({
      version: 'v1',
      rate: 0.5,
      chapters: ['71'],
      aeo: { factor: 0.9, share: 0.3 },
    });
  });

  it('keeps the defaults where the override leaves a field out or undefined, and leaves them unchanged', () => {
    expect(mergeOverrides(defaults, { rate: undefined })).toEqual(defaults);
    expect(defaults.aeo).toEqual({ factor: 0.2, share: 0.3 });
  });
});
