import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export interface ScorecardChartProps {
  /** The principles' names, in the scorecard's order. */
  principles: string[];
  /** Per status (in the order to stack them), its label, colour and the count of standards of each principle. */
  series: { label: string; color: string; counts: number[] }[];
}

/** How many standards of each principle are met, partial, ongoing or not assessed, as stacked bars (SVG). */
export default function ScorecardChart({ principles, series }: ScorecardChartProps) {
  const animation = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const option = {
    animation,
    grid: { left: 300, right: 24, top: 40, bottom: 24 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: principles,
      inverse: true,
      // The principles' names in full, wrapped within the grid's left margin.
      axisLabel: { width: 280, overflow: 'break', lineHeight: 16, color: '#343a40' },
    },
    series: series.map((entry) => ({
      name: entry.label,
      type: 'bar',
      stack: 'standards',
      data: entry.counts,
      itemStyle: { color: entry.color },
      label: { show: true, color: '#fff', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
    })),
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: 90 + principles.length * 64 }}
      opts={{ renderer: 'svg' }}
    />
  );
}
