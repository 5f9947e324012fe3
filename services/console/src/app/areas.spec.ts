import { WORDS } from '../i18n/resources';
import { AREA_GROUPS, AREAS } from './areas';

const text = (language: 'en' | 'mn', key: string) =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], WORDS[language]);

describe("the console's menu", () => {
  it.each(['en', 'mn'] as const)('names every area and every group in %s', (language) => {
    const keys = [...AREAS.map((area) => area.label), ...AREA_GROUPS.map((group) => `nav.${group}`)];
    expect(keys.filter((key) => typeof text(language, key) !== 'string')).toEqual([]);
  });

  it('offers each path once', () => {
    const paths = AREAS.map((area) => area.path);
    expect(paths.length).toBe(new Set(paths).size);
  });
});
