/**
 * The one module that reaches the API: through the Electron preload (`window.studyApi`) when present,
 * otherwise over HTTP to the web host (`POST /api/<channel>`). Every answer is an envelope; `call`
 * unwraps it and throws an `ApiError` on failure.
 */
import type {
  ApiErrorBody,
  ArgumentOf,
  Channel,
  Envelope,
  ErrorCode,
  ResultOf,
} from '../../../main/api/contract';

export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** True inside the desktop app (the preload exposed the API). */
export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.studyApi !== undefined;
}

type ArgsOf<C extends Channel> =
  undefined extends ArgumentOf<C> ? [arg?: ArgumentOf<C>] : [arg: ArgumentOf<C>];

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error as Partial<ApiErrorBody> | null;
  return typeof error === 'object' && error !== null && typeof error.message === 'string';
}

function errorEnvelope(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

async function viaHttp<C extends Channel>(
  channel: C,
  arg: ArgumentOf<C> | undefined,
): Promise<Envelope<ResultOf<C>>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(arg === undefined ? {} : { argument: arg }),
      credentials: 'same-origin',
    });
  } catch {
    return errorEnvelope('unavailable', 'Could not reach the study server. Is it still running?');
  }
  const statusText = `${response.status} ${response.statusText}`.trim();
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return errorEnvelope(response.ok ? 'internal' : 'unavailable', `The server answered ${statusText}.`);
  }
  if (!isEnvelope(body))
    return errorEnvelope('internal', `Unexpected answer from the server (${statusText}).`);
  return body as Envelope<ResultOf<C>>;
}

async function viaPreload<C extends Channel>(channel: C, arg: ArgumentOf<C>): Promise<Envelope<ResultOf<C>>> {
  const api = window.studyApi;
  if (!api) return errorEnvelope('unavailable', 'The desktop API is not available.');
  const send = api[channel] as (arg: ArgumentOf<C>) => Promise<Envelope<ResultOf<C>>>;
  try {
    return await send(arg);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return errorEnvelope('internal', `The call "${channel}" failed: ${message}`);
  }
}

/** Calls a channel and resolves to its result; throws `ApiError` when the envelope reports a failure. */
export async function call<C extends Channel>(channel: C, ...args: ArgsOf<C>): Promise<ResultOf<C>> {
  const arg = args[0] as ArgumentOf<C>;
  const envelope = isDesktop() ? await viaPreload(channel, arg) : await viaHttp(channel, arg);
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error.code, envelope.error.message);
}

/** A message fit to show the user, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
