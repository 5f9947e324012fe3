import * as echarts from 'echarts';
import { PDF_FONT } from '@aeo/pdf';
import type { KpiUnit } from '../kpis/kpi-definitions';

/** A KPI's values over periods as a chart shows them (a period without data has a null value). */
export interface TrendChartKpi {
  unit: KpiUnit;
  target: number | null;
  trend: { period: string; value: number | null; onTarget: boolean | null }[];
}

/** The charts' text is drawn in the PDF's embedded font (the SVG names its family). */
const CHART_FONT = PDF_FONT;
export const CHART_SIZE = { width: 360, height: 170 } as const;
const ON_TARGET = '#1a7f37';
const OFF_TARGET = '#cf222e';
const NEUTRAL = '#0b5394';

/** The next round number at or above `value` (1, 2 or 5 times a power of ten), for the axis's top. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 2.5, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

/**
 * A KPI's trend over the report's periods (quarters, or a pilot's months) as an SVG document
 * (Apache ECharts' server-side SVG renderer: no DOM or browser): the value per period with its
 * label, the target as a dashed line, each point green on target and red off it; a period without
 * data has no point. `label` prints
 * a value as the tables do (days, percent, count) so the chart and the tables agree.
 */
export function trendChartSvg(kpi: TrendChartKpi, label: (value: number) => string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  try {
    const scale = kpi.unit === 'share' ? 100 : 1;
    const values = kpi.trend.map((figure) => (figure.value === null ? null : figure.value * scale));
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT, fontSize: 11 },
      color: [NEUTRAL],
      grid: { left: 44, right: 14, top: 20, bottom: 26 },
      xAxis: {
        type: 'category',
        data: kpi.trend.map((figure) => figure.period),
        axisTick: { alignWithLabel: true },
        axisLabel: { interval: 0, fontSize: 10 },
      },
      yAxis: {
        type: 'value',
        min: 0,
        // Room above the highest point or the target for the value labels.
        max: (extent: { max: number }) => {
          const top = niceCeiling(Math.max(extent.max, (kpi.target ?? 0) * scale) * 1.15);
          return kpi.unit === 'share' ? Math.min(top, 100) : top;
        },
        axisLabel: { fontSize: 10, formatter: (value: number) => (kpi.unit === 'share' ? `${value}%` : String(value)) },
      },
      series: [
        {
          type: 'line',
          connectNulls: false,
          symbol: 'circle',
          symbolSize: 8,
          lineStyle: { color: NEUTRAL, width: 2 },
          itemStyle: { color: NEUTRAL },
          data: kpi.trend.map((figure, i) => ({
            value: values[i],
            itemStyle: {
              color: figure.onTarget === null ? NEUTRAL : figure.onTarget ? ON_TARGET : OFF_TARGET,
            },
            label: {
              show: figure.value !== null,
              position: 'top',
              // svg-to-pdfkit draws a text's outline over its fill (it ignores paint-order): no halo.
              textBorderWidth: 0,
              textBorderColor: 'none',
              // Readable where a label crosses the target line.
              backgroundColor: '#ffffff',
              padding: [0, 1],
              formatter: () => (figure.value === null ? '' : label(figure.value)),
            },
          })),
          markLine:
            kpi.target === null
              ? undefined
              : {
                  silent: true,
                  // Under the points and their labels (a marker is drawn on top by default).
                  z: 1,
                  symbol: 'none',
                  label: { show: false },
                  lineStyle: { type: 'dashed', color: '#57606a', width: 1.5 },
                  data: [{ yAxis: kpi.target * scale }],
                },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
