import type { z } from 'zod';
import { argumentSchemas, CHANNELS, type Channel, type Envelope, type ServiceTable } from './contract';
import { AppError } from './errors';

export function isChannel(name: string): name is Channel {
  return (CHANNELS as string[]).includes(name);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'argument'}: ${issue.message}`)
    .join('; ');
}

/**
 * Validates the argument of a call against the contract, then runs the service. Nothing reaches a service
 * unless its argument passed; every outcome is an envelope, never a thrown error.
 */
export async function dispatch(
  services: Partial<ServiceTable>,
  channel: string,
  rawArgument: unknown,
  log: (error: unknown) => void = console.error,
): Promise<Envelope<unknown>> {
  const service = isChannel(channel) ? services[channel] : undefined;
  if (!isChannel(channel) || !service) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel "${channel}".` } };
  }
  const parsed = argumentSchemas[channel].safeParse(rawArgument);
  if (!parsed.success) {
    const message = `Invalid argument for "${channel}": ${describeIssues(parsed.error)}.`;
    return { ok: false, error: { code: 'invalid-argument', message } };
  }
  try {
    const value = await (service as (arg: unknown) => Promise<unknown>)(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toBody() };
    log(error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong; nothing was changed.' } };
  }
}
