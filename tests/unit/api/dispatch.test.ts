import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type ServiceTable } from '../../../main/api/contract';
import { dispatch } from '../../../main/api/dispatch';
import { AppError } from '../../../main/api/errors';

function servicesWithSpy() {
  const checkAnswer = vi.fn(async () => ({ correct: true, expected: 'x', suggestedRating: 3 as const }));
  return { services: { checkAnswer } as Partial<ServiceTable>, checkAnswer };
}

describe('dispatch', () => {
  it('passes a valid argument to its service and wraps the result', async () => {
    const { services, checkAnswer } = servicesWithSpy();
    const result = await dispatch(services, 'checkAnswer', { itemId: 'c-1', response: 'Boeing' });
    expect(result).toEqual({ ok: true, value: { correct: true, expected: 'x', suggestedRating: 3 } });
    expect(checkAnswer).toHaveBeenCalledWith({ itemId: 'c-1', response: 'Boeing' });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const { services, checkAnswer } = servicesWithSpy();
    const result = await dispatch(services, 'deleteEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(checkAnswer).not.toHaveBeenCalled();
  });

  it('refuses inherited object keys as channels', async () => {
    const result = await dispatch({}, '__proto__', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it.each([
    ['a wrong type', { itemId: 42, response: 'x' }],
    ['a missing field', { itemId: 'c-1' }],
    ['an extra field', { itemId: 'c-1', response: 'x', admin: true }],
    ['an oversized string', { itemId: 'c-1', response: 'x'.repeat(2001) }],
    ['an ID with a path in it', { itemId: '../settings', response: 'x' }],
    ['no argument at all', undefined],
  ])('refuses %s with a clear invalid-argument error and changes nothing', async (_label, argument) => {
    const { services, checkAnswer } = servicesWithSpy();
    const result = await dispatch(services, 'checkAnswer', argument);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-argument');
    expect(result.error.message).toMatch(/^Invalid argument for "checkAnswer": /);
    expect(checkAnswer).not.toHaveBeenCalled();
  });

  it('refuses a rating outside 1-4', async () => {
    const arg = { itemId: 'c-1', rating: 5, cardStamp: '0.new', durationMs: 10 };
    const result = await dispatch({ rateItem: vi.fn() } as Partial<ServiceTable>, 'rateItem', arg);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('passes a typed service error through as it is', async () => {
    const services = {
      getArticle: async () => {
        throw new AppError('not-found', 'No article with ID "x".');
      },
    } as Partial<ServiceTable>;
    const result = await dispatch(services, 'getArticle', { articleId: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'No article with ID "x".' } });
  });

  it('hides the details of an unexpected failure from the caller', async () => {
    const log = vi.fn();
    const services = {
      getSettings: async () => {
        throw new Error('/home/user/secret path exploded');
      },
    } as Partial<ServiceTable>;
    const result = await dispatch(services, 'getSettings', undefined, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });

  it('knows every channel of the contract', () => {
    expect(CHANNELS).toEqual(
      expect.arrayContaining(['getLibrary', 'rateItem', 'exportData', 'saveExportAs']),
    );
  });
});
