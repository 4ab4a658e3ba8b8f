import type { ErrorCode } from './error-codes.js';

/**
 * The one error type crosscheck throws for problems a user can act on. `input` names the file, URL or record the
 * problem is about, so a batch report can say which of many inputs failed and why.
 */
export class CrosscheckError extends Error {
  readonly code: ErrorCode;
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CrosscheckError';
    this.code = code;
    this.input = options.input;
  }

  /** The same error, naming the input it happened in (a parser deep down rarely knows it). */
  withInput(input: string): CrosscheckError {
    if (this.input !== undefined) return this;
    return new CrosscheckError(this.code, this.message, { input, cause: this.cause });
  }
}

export function isCrosscheckError(value: unknown): value is CrosscheckError {
  return value instanceof CrosscheckError;
}
