/**
 * ECharts, registered piece by piece (only what the Stats view draws) and drawn on canvas: no inline
 * <style>, no eval, so it runs under the app's CSP. Tooltips use the canvas ('richText') renderer too.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts';
import {
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import type {
  CalendarComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | CalendarComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export type ChartInstance = echarts.EChartsType;

/** The app's palette (styles/app.css), for canvas drawing, which cannot read CSS variables. */
export const COLORS = {
  text: '#1d1d1f',
  muted: '#5b5b63',
  border: '#d9d6cc',
  accent: '#1f5fa8',
  accentSoft: '#e5eefa',
  good: '#1d7a3a',
  bad: '#a3261f',
  warn: '#b87800',
  relearn: '#8e4fb5',
  empty: '#efede6',
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** What every chart shares: the font, the canvas tooltip, no animation when motion is reduced. */
export function baseOption(): ChartOption {
  return {
    animation: !reducedMotion(),
    textStyle: { fontFamily: FONT, color: COLORS.text },
    tooltip: { renderMode: 'richText', confine: true },
  };
}

/** A category x axis and a value y axis of whole numbers, in a grid with room for labels. */
export function barAxes(categories: string[], yName?: string): ChartOption {
  return {
    grid: { left: 44, right: 16, top: yName ? 28 : 16, bottom: 28 },
    xAxis: {
      type: 'category',
      data: categories,
      // A few categories (states, buttons) all get their label; long series show what fits.
      axisLabel: { color: COLORS.muted, hideOverlap: true, interval: categories.length <= 8 ? 0 : 'auto' },
      axisLine: { lineStyle: { color: COLORS.border } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      name: yName,
      nameTextStyle: { color: COLORS.muted, align: 'left' },
      minInterval: 1,
      axisLabel: { color: COLORS.muted },
      splitLine: { lineStyle: { color: COLORS.empty } },
    },
  };
}

export function initChart(element: HTMLElement): ChartInstance {
  return echarts.init(element, undefined, { renderer: 'canvas' });
}
