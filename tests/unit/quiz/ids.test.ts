import { describe, expect, it } from 'vitest';
import { itemId } from '../../../main/quiz';

const base = {
  kind: 'multiple-choice' as const,
  prompt: 'Which fills the blank? The deal was signed in _____.',
  answer: 'Hanoi',
  options: ['Hanoi', 'Singapore', 'Reykjavik'],
};

describe('itemId', () => {
  it('gives the same ID to the same content', () => {
    expect(itemId(base)).toBe(itemId({ ...base, options: [...base.options] }));
  });

  it('is a short ID prefixed by the kind', () => {
    expect(itemId(base)).toMatch(/^mc-[0-9a-f]{16}$/);
    expect(itemId({ kind: 'cloze', prompt: 'x _____', answer: 'y' })).toMatch(/^cz-[0-9a-f]{16}$/);
  });

  it('does not depend on the order of the options', () => {
    expect(itemId({ ...base, options: ['Reykjavik', 'Hanoi', 'Singapore'] })).toBe(itemId(base));
  });

  it('changes when any part of the content changes', () => {
    const id = itemId(base);
    expect(itemId({ ...base, kind: 'cloze' })).not.toBe(id);
    expect(itemId({ ...base, prompt: `${base.prompt} ` })).not.toBe(id);
    expect(itemId({ ...base, answer: 'Singapore' })).not.toBe(id);
    expect(itemId({ ...base, options: ['Hanoi', 'Singapore', 'Pyongyang'] })).not.toBe(id);
    expect(itemId({ ...base, options: undefined })).not.toBe(id);
  });

  it('cannot be fooled by moving text between fields', () => {
    expect(itemId({ kind: 'cloze', prompt: 'a b', answer: 'c' })).not.toBe(
      itemId({ kind: 'cloze', prompt: 'a', answer: 'b c' }),
    );
  });
});
