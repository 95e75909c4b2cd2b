import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerCheck, ItemView, Rating, RateResult, RatingPreview } from '../../../main/api/contract';
import { ApiError, call } from '../api/client';

export type Phase =
  | { step: 'question' }
  | { step: 'checking'; response: string }
  | {
      step: 'answered';
      response: string;
      check: AnswerCheck;
      preview: RatingPreview | null;
      previewFailed: boolean;
      rating: boolean;
    };

export interface SessionOptions {
  item: ItemView;
  report: (error: unknown) => void;
  onRated: (itemId: string, result: RateResult) => void;
  /** The card changed since it was shown (e.g. rated in another window): reload. */
  onStale: () => void;
}

const MAX_DURATION_MS = 86_400_000;

/**
 * One card's study flow: answer → checkAnswer → previewRatings → rateItem. Mount it once per card
 * (keyed by item and card stamp) so each card starts afresh and its time is measured from when it appeared.
 */
export function useStudySession({ item, report, onRated, onStale }: SessionOptions) {
  const [phase, setPhase] = useState<Phase>({ step: 'question' });
  const shownAt = useRef(0);
  const busy = useRef(false);
  const itemId = item.id;

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  const loadPreview = useCallback(async () => {
    setPhase((current) => (current.step === 'answered' ? { ...current, previewFailed: false } : current));
    try {
      const preview = await call('previewRatings', { itemId });
      setPhase((current) => (current.step === 'answered' ? { ...current, preview } : current));
    } catch (error) {
      report(error);
      setPhase((current) => (current.step === 'answered' ? { ...current, previewFailed: true } : current));
    }
  }, [itemId, report]);

  const submit = useCallback(
    async (response: string) => {
      if (busy.current || phase.step !== 'question') return;
      busy.current = true;
      setPhase({ step: 'checking', response });
      try {
        const durationMs = Math.min(MAX_DURATION_MS, Math.max(0, Math.round(Date.now() - shownAt.current)));
        const check = await call('checkAnswer', { itemId, response, durationMs });
        setPhase({ step: 'answered', response, check, preview: null, previewFailed: false, rating: false });
      } catch (error) {
        report(error);
        setPhase({ step: 'question' });
        return;
      } finally {
        busy.current = false;
      }
      await loadPreview();
    },
    [itemId, phase.step, report, loadPreview],
  );

  const rate = useCallback(
    async (rating: Rating) => {
      if (busy.current || phase.step !== 'answered' || !phase.preview || phase.rating) return;
      busy.current = true;
      const { preview, response } = phase;
      setPhase({ ...phase, rating: true });
      const elapsed = Math.round(Date.now() - shownAt.current);
      const durationMs = Math.min(MAX_DURATION_MS, Math.max(0, elapsed));
      try {
        const result = await call('rateItem', {
          itemId,
          rating,
          cardStamp: preview.cardStamp,
          durationMs,
          response,
        });
        onRated(itemId, result);
      } catch (error) {
        report(error);
        setPhase((current) => (current.step === 'answered' ? { ...current, rating: false } : current));
        if (error instanceof ApiError && error.code === 'stale-answer') onStale();
      } finally {
        busy.current = false;
      }
    },
    [itemId, phase, report, onRated, onStale],
  );

  const canRate = phase.step === 'answered' && phase.preview !== null && !phase.rating;
  return { phase, submit, rate, canRate, retryPreview: loadPreview };
}
