import type { ProgrammeUnderTest } from './programme-under-test';

interface Figure {
  period: string;
  value: number | null;
  sample: number;
}

/** A figure as the int-specs write it: `2026-03: 0.6667 (n=3)` (the value to four decimals, the sample). */
const figureText = (figure: Figure) =>
  `${figure.period}: ${figure.value === null ? null : Math.round(figure.value * 10_000) / 10_000} (n=${figure.sample})`;

/** The KPI API as the programme's int-specs read it, as `token` unless a call names another. */
export function kpiReader(programme: ProgrammeUnderTest, token: string) {
  const figures = async (kpiId: string, query: string, as = token) =>
    (await programme.http.get(`/v1/kpis/${kpiId}?${query}`).set('Authorization', as).expect(200)).body;
  /** A KPI's figures over the query, period by period: `2026-01: 15 (n=2), 2026-02: null (n=0)`. */
  const series = async (kpiId: string, query: string, as = token) =>
    ((await figures(kpiId, query, as)).values as Figure[]).map(figureText).join(', ');
  return {
    /** The body of `GET /v1/kpis/{kpiId}?query`. */
    figures,
    series,
    /** Checks the series of several KPIs over one query (`{ kpiId: series }`), all in one comparison. */
    async expectSeries(query: string, expected: Record<string, string>): Promise<void> {
      const ids = Object.keys(expected);
      const actual = await Promise.all(ids.map(async (id) => [id, await series(id, query)] as const));
      expect(Object.fromEntries(actual)).toEqual(expected);
    },
    /** The items of `GET /v1/kpis/{kpiId}/events?query` (one page). */
    events: async (kpiId: string, query: string) =>
      (await programme.http.get(`/v1/kpis/${kpiId}/events?${query}`).set('Authorization', token).expect(200)).body
        .items,
  };
}
