import type { FunctionError } from '../../../cards/contract';
import type { ApiFailure } from './apiFailure';
import { bodyField } from './apiFailure';
import { rateLimited, unavailable } from './callWithBudget';

/**
 * A HubSpot error the retries did not absorb, as the plain-language result the card shows.
 * HubSpot's own message is not passed on: it can quote property values (ticket text).
 */
/**
 * HubSpot's correlation ids are UUIDs. Anything else in that field (an echo of the request,
 * markup, a huge string) is not passed to the card, which shows it to the user.
 */
const CORRELATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function wellFormedCorrelationId(value: unknown): string | null {
  return typeof value === 'string' && value.length === 36 && CORRELATION_ID.test(value)
    ? value
    : null;
}

export function toFunctionError(failure: ApiFailure, field = 'parameters'): FunctionError {
  const correlationId = wellFormedCorrelationId(bodyField(failure.body, 'correlationId'));
  const withCorrelation = (error: FunctionError): FunctionError =>
    correlationId ? { ...error, correlationId } : error;

  if (failure.code === 400) {
    return withCorrelation({
      code: 'VALIDATION',
      message: 'HubSpot did not accept these details. Check them and try again.',
      retryable: false,
      fieldErrors: [{ field, message: 'HubSpot did not accept this value.' }],
    });
  }
  if (failure.code === 401 || failure.code === 403) {
    return withCorrelation({
      code: 'FORBIDDEN',
      message:
        'The Tickets app is not allowed to do this in HubSpot. Ask an admin to check its installation.',
      retryable: false,
    });
  }
  if (failure.code === 404) {
    return withCorrelation({
      code: 'NOT_FOUND',
      message: 'This ticket no longer exists in HubSpot (it may have been deleted).',
      retryable: false,
      fieldErrors: [{ field, message: 'Not found in HubSpot.' }],
    });
  }
  if (failure.code === 409) {
    return withCorrelation({
      code: 'CONFLICT',
      message: 'HubSpot refused the change because the ticket changed meanwhile. Reload and retry.',
      retryable: false,
    });
  }
  if (failure.code === 429) {
    return withCorrelation(
      bodyField(failure.body, 'policyName') === 'DAILY'
        ? {
            code: 'RATE_LIMITED',
            message: "The portal has used today's HubSpot API allowance. Try again tomorrow.",
            retryable: false,
          }
        : rateLimited(),
    );
  }
  if (failure.code >= 500) return withCorrelation(unavailable('down'));
  return withCorrelation({
    code: 'INTERNAL',
    message: 'Something went wrong. Please try again; if it persists, contact support.',
    retryable: false,
  });
}
