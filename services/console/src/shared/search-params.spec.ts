import { z } from 'zod';
import { queueSearchSchema } from '../features/applications/queue-search';
import { caseSearchSchema } from '../features/cases/case-search';
import { kpiSearchSchema } from '../features/kpis/kpi-search';
import { alertSearchSchema } from '../features/operations/alert-search';
import { workflowSearchSchema } from '../features/operations/workflow-search';
import { companySearchSchema } from '../features/pilots/pilot-search';
import { deviationSearchSchema } from '../features/policy/policy-search';
import { arrangementSearchSchema, reviewSearchSchema } from '../features/recognition/recognition-search';
import { registerSearchSchema } from '../features/register/register-search';
import { regionCode, regionInScope, searchText } from '@aeo/web';

describe("a list's search and region in the URL", () => {
  const schema = z.object({ q: searchText(100), region: regionCode() });

  it('keeps a search without the spaces around it', () => {
    expect(schema.parse({ q: '  Gobi  ' }).q).toBe('Gobi');
  });

  it('keeps a search the router read as a number or a boolean (?q=8000259, a taxpayer id), as text', () => {
    expect(schema.parse({ q: 8000259 }).q).toBe('8000259');
    expect(schema.parse({ q: true }).q).toBe('true');
  });

  it('drops a search of only spaces, a NUL or another control character, or one too long', () => {
    expect(schema.parse({ q: '  ' }).q).toBeUndefined();
    expect(schema.parse({ q: '' }).q).toBeUndefined();
    expect(schema.parse({ q: '\u0000' }).q).toBeUndefined();
    expect(schema.parse({ q: 'Gobi\u0007' }).q).toBeUndefined();
    expect(schema.parse({ q: 'x'.repeat(101) }).q).toBeUndefined();
  });

  it('writes a region in upper case and drops what is not a region code', () => {
    expect(schema.parse({ region: 'darkhan' }).region).toBe('DARKHAN');
    expect(schema.parse({ region: ' Zamyn_Uud ' }).region).toBe('ZAMYN_UUD');
    expect(schema.parse({ region: 'dark han' }).region).toBeUndefined();
    expect(schema.parse({ region: '\u0000' }).region).toBeUndefined();
    expect(schema.parse({}).region).toBeUndefined();
  });

  it("sends regional staff's own region only", () => {
    expect(regionInScope('ZAMYN_UUD', 'DARKHAN')).toBeUndefined();
    expect(regionInScope('DARKHAN', 'DARKHAN')).toBe('DARKHAN');
    expect(regionInScope('ZAMYN_UUD', undefined)).toBe('ZAMYN_UUD');
  });
});

describe("every list's search schema", () => {
  const searched = {
    queueSearchSchema,
    caseSearchSchema,
    arrangementSearchSchema,
    reviewSearchSchema,
    registerSearchSchema,
  };
  it.each(Object.entries(searched))('%s drops a search of spaces or NULs and keeps a trimmed one', (_name, schema) => {
    expect(schema.parse({ q: '  ' })).not.toHaveProperty('q', expect.anything());
    expect(schema.parse({ q: '\u0000' })).not.toHaveProperty('q', expect.anything());
    expect(schema.parse({ q: ' Gobi ' })).toHaveProperty('q', 'Gobi');
  });

  const regional = {
    queueSearchSchema,
    caseSearchSchema,
    kpiSearchSchema,
    alertSearchSchema,
    workflowSearchSchema,
    companySearchSchema,
    deviationSearchSchema,
    registerSearchSchema,
  };
  it.each(Object.entries(regional))('%s reads ?region=darkhan as DARKHAN', (_name, schema) => {
    expect(schema.parse({ region: 'darkhan' })).toHaveProperty('region', 'DARKHAN');
  });
});
