import type { FieldError, FunctionError } from '../../../cards/contract';

/**
 * Thrown deep inside a function for an expected failure, caught once by `runFunction` and
 * turned into a `FunctionResult`: the code paths stay linear, the card still never sees a
 * throw.
 */
export class FunctionFailure extends Error {
  constructor(readonly error: FunctionError) {
    super(error.message);
    this.name = 'FunctionFailure';
  }
}

export function validationFailure(fieldErrors: FieldError[], message?: string): FunctionFailure {
  return new FunctionFailure({
    code: 'VALIDATION',
    message: message ?? 'Some of the details are not valid. Check the highlighted fields.',
    retryable: false,
    fieldErrors,
  });
}

export function notLinkedFailure(fieldErrors: FieldError[]): FunctionFailure {
  return new FunctionFailure({
    code: 'NOT_LINKED',
    message:
      fieldErrors.length > 1
        ? 'Some of these tickets are not linked to this record.'
        : 'This ticket is not linked to this record.',
    retryable: false,
    fieldErrors,
  });
}
