import { useEffect } from 'react';
import type { TodayView } from '../../../main/api/contract';

const APP_NAME = 'Argument Study';

/** The window title carries the number of cards due, so it shows in the task bar. */
export function useWindowTitle(today: TodayView | undefined): void {
  const due = today ? today.counts.new + today.counts.learning + today.counts.review : 0;
  useEffect(() => {
    document.title = due > 0 ? `(${due} due) ${APP_NAME}` : APP_NAME;
  }, [due]);
}
