import { useEffect, useRef } from 'react';
import { initChart, type ChartInstance, type ChartOption } from '../../lib/echarts';

interface Props {
  option: ChartOption;
  /** 'short' for the calendar; the heights live in styles/stats.css. */
  size?: 'short' | 'normal';
}

/**
 * One ECharts canvas. Hidden from screen readers: the chart card's text summary says what it shows.
 * The chart follows its box's size (a ResizeObserver), and is disposed on unmount.
 */
export function EChart({ option, size = 'normal' }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = initChart(element);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className={`chart chart-${size}`} aria-hidden="true" data-testid="chart-canvas" />;
}
