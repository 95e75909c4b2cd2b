import { useCallback, useEffect, useState } from 'react';
import { call, errorMessage } from '../api/client';

export type Overlay =
  | { status: 'off' }
  | { status: 'loading'; mastery: Record<string, number> | null }
  | { status: 'on'; mastery: Record<string, number> }
  | { status: 'error'; message: string };

/**
 * "Show what I remember": each sentence's mastery, fetched when turned on and again whenever `version`
 * changes while on (it changes with every rating, undo or reload of the article's cards).
 */
export function useSentenceMastery(articleId: string, version: unknown) {
  const [on, setOn] = useState(false);
  const [overlay, setOverlay] = useState<Overlay>({ status: 'off' });

  useEffect(() => {
    if (!on) return;
    let cancelled = false;
    call('getSentenceMastery', { articleId }).then(
      (mastery) => !cancelled && setOverlay({ status: 'on', mastery }),
      (error: unknown) => !cancelled && setOverlay({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [on, articleId, version]);

  const toggle = useCallback(() => {
    setOverlay(on ? { status: 'off' } : { status: 'loading', mastery: null });
    setOn(!on);
  }, [on]);

  const mastery = overlay.status === 'on' || overlay.status === 'loading' ? overlay.mastery : null;
  return { on, overlay, mastery, toggle };
}
