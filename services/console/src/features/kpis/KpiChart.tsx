import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

export interface KpiChartProps {
  periods: string[];
  values: (number | null)[];
  target: number | null;
  unit: 'days' | 'share' | 'count';
  label: string;
  targetLabel: string;
}

/** A KPI's trend per period with its target as a line (SVG: crisp in screenshots and PDFs). */
export default function KpiChart({ periods, values, target, unit, label, targetLabel }: KpiChartProps) {
  const scale = unit === 'share' ? 100 : 1;
  // No animation for people who asked their system for less motion (and for screenshots).
  const animation = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const option = {
    animation,
    grid: { left: 48, right: 24, top: 24, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: periods },
    yAxis: {
      type: 'value',
      // The target line stays in sight when every value is below (or above) it.
      max:
        target === null ? undefined : (range: { max: number }) => Math.max(range.max, Math.ceil(target * scale * 1.1)),
      axisLabel: { formatter: unit === 'share' ? '{value} %' : '{value}' },
    },
    series: [
      {
        name: label,
        type: 'line',
        data: values.map((value) => (value === null ? null : Math.round(value * scale * 10) / 10)),
        connectNulls: false,
        symbolSize: 6,
        itemStyle: { color: '#1f58a6' },
        markLine:
          target === null
            ? undefined
            : {
                symbol: 'none',
                label: { formatter: targetLabel, position: 'insideEndTop' },
                lineStyle: { color: '#b02a37', type: 'dashed' },
                data: [{ yAxis: target * scale }],
              },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 320 }} opts={{ renderer: 'svg' }} />;
}
