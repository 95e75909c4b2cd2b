import type { ItemView } from '../../../main/api/contract';
import type { Phase } from '../hooks/useStudySession';
import { AnswerForm } from './AnswerForm';
import { ChoiceOptions } from './ChoiceOptions';
import { MatchingAnswer } from './answers/MatchingAnswer';
import { OpenRecallAnswer } from './answers/OpenRecallAnswer';
import { OrderingAnswer } from './answers/OrderingAnswer';

interface Props {
  item: ItemView;
  phase: Phase;
  onSubmit: (response: string) => void;
}

function sentList(phase: Phase): string[] | undefined {
  if (phase.step === 'question') return undefined;
  try {
    const parsed: unknown = JSON.parse(phase.response);
    return Array.isArray(parsed) ? parsed.map(String) : undefined;
  } catch {
    return undefined;
  }
}

/** The way to answer an item, by its kind: options, matching, ordering, open recall or a typed answer. */
export function AnswerInput({ item, phase, onSubmit }: Props) {
  const open = phase.step === 'question';
  const answered = phase.step === 'answered' ? phase : null;
  if (item.kind === 'matching' && item.pairs) {
    return (
      <MatchingAnswer
        itemId={item.id}
        pairs={item.pairs}
        open={open}
        given={answered ? sentList(phase) : undefined}
        onSubmit={onSubmit}
      />
    );
  }
  if (item.kind === 'ordering' && item.sequence) {
    return (
      <OrderingAnswer
        itemId={item.id}
        sequence={item.sequence}
        open={open}
        given={answered ? sentList(phase) : undefined}
        onSubmit={onSubmit}
      />
    );
  }
  if (item.kind === 'open-recall' || item.selfGraded)
    return <OpenRecallAnswer open={open} onSubmit={onSubmit} />;
  if (item.options && item.options.length > 0) {
    return (
      <ChoiceOptions
        options={item.options}
        open={open}
        chosen={phase.step === 'question' ? undefined : phase.response}
        expected={answered?.check.expected}
        onChoose={onSubmit}
      />
    );
  }
  return <AnswerForm open={open} checking={phase.step === 'checking'} onSubmit={onSubmit} />;
}

/** Items the learner grades themselves: the app suggests no rating. */
export function isSelfGraded(item: ItemView): boolean {
  return item.kind === 'open-recall' || item.selfGraded === true;
}
