import type { ApiErrorBody, ErrorCode } from './contract';

/** A failure a service reports on purpose; its code and message reach the UI as they are. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}
