/** HubSpot's JSON error envelope, thrown from handlers and rendered by the error handler. */
import { randomUUID } from 'node:crypto';

export interface ErrorDetail {
  message: string;
  code?: string;
  in?: string;
  subCategory?: string;
  context?: Record<string, string[]>;
}

export interface ErrorEnvelope {
  status: 'error';
  message: string;
  correlationId: string;
  category?: string;
  subCategory?: string;
  errors?: ErrorDetail[];
  context?: Record<string, string[]>;
  errorType?: string;
  policyName?: string;
}

export class HubSpotError extends Error {
  constructor(
    readonly statusCode: number,
    readonly category: string,
    message: string,
    readonly extra: Partial<Omit<ErrorEnvelope, 'status' | 'message' | 'correlationId'>> = {},
  ) {
    super(message);
    this.name = 'HubSpotError';
  }

  toBody(): ErrorEnvelope {
    return {
      status: 'error',
      message: this.message,
      correlationId: randomUUID(),
      category: this.category,
      ...this.extra,
    };
  }
}

export function validationError(message: string, errors?: ErrorDetail[]): HubSpotError {
  return new HubSpotError(400, 'VALIDATION_ERROR', message, errors ? { errors } : {});
}

export function objectNotFound(id?: string): HubSpotError {
  return new HubSpotError(
    404,
    'OBJECT_NOT_FOUND',
    'Object not found.  objectId are usually numeric.',
    id === undefined ? {} : { context: { id: [id] } },
  );
}

export type RateLimitPolicyName = 'TEN_SECONDLY_ROLLING' | 'SECONDLY' | 'DAILY';

/** Byte-exact 429 bodies: the SDK's retry matches policyName and the secondly message. */
export function rateLimitBody(policy: RateLimitPolicyName): ErrorEnvelope {
  const message = {
    TEN_SECONDLY_ROLLING: 'You have reached your ten_secondly_rolling limit.',
    SECONDLY: 'You have reached your secondly limit.',
    DAILY: 'You have reached your daily limit.',
  }[policy];
  return {
    status: 'error',
    message,
    errorType: 'RATE_LIMIT',
    correlationId: randomUUID(),
    policyName: policy,
  };
}
