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
  /** 429 bodies carry one (issue 9 item 6), beside the correlationId. */
  requestId?: string;
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
    requestId: randomUUID(),
  };
}

/** A property a portal rule requires, as the refusal names it. */
export interface RequiredPropertyProblem {
  name: string;
  /** Why it is required, e.g. "resolution is required when a Billing ticket is closed". */
  reason: string;
}

/** `Property values were not valid: [...]`, the text the `message` shape carries. */
function requiredPropertiesText(names: readonly string[]): string {
  const details = names.map((name) => ({
    isValid: false,
    message: `${name} is required`,
    error: 'REQUIRED_PROPERTY',
    name,
  }));
  return `Property values were not valid: ${JSON.stringify(details)}`;
}

/** The 400 of a write a portal rule refuses, in the configured shape (see config.ts). */
export function requiredPropertiesError(
  missing: readonly RequiredPropertyProblem[],
  shape: 'context' | 'message',
): HubSpotError {
  const names = [...new Set(missing.map((item) => item.name))];
  if (shape === 'message') {
    return new HubSpotError(400, 'VALIDATION_ERROR', requiredPropertiesText(names));
  }
  return new HubSpotError(
    400,
    'VALIDATION_ERROR',
    `Missing required properties: ${names.join(', ')}`,
    {
      errors: missing.map((item) => ({
        message: item.reason,
        code: 'REQUIRED_PROPERTY',
        context: { propertyName: [item.name] },
      })),
    },
  );
}

/** One batch input a portal rule refused, as an entry of a 207's `errors`. */
export function requiredPropertiesBatchError(
  id: string,
  missing: readonly RequiredPropertyProblem[],
  shape: 'context' | 'message',
): Record<string, unknown> {
  const names = [...new Set(missing.map((item) => item.name))];
  return {
    status: 'error',
    category: 'VALIDATION_ERROR',
    message:
      shape === 'message'
        ? requiredPropertiesText(names)
        : `Missing required properties: ${names.join(', ')}`,
    context: { ids: [id], propertyName: names },
  };
}
