import type { TicketPropertyInfo } from '../portal/ticketProperties';
import { missingPropertiesOf, requiredPropertiesError } from './requiredProperties';

/** The two VALIDATION_ERROR shapes HubSpot is known to use, as the sandbox answers them. */

const resolution: TicketPropertyInfo = {
  name: 'resolution',
  label: 'Resolution',
  type: 'enumeration',
  fieldType: 'select',
  options: [
    { value: 'ISSUE_FIXED', label: 'Issue fixed' },
    { value: 'DUPLICATE', label: 'Duplicate' },
  ],
  writable: true,
};
const properties = new Map([['resolution', resolution]]);

const contextShape = {
  status: 'error',
  category: 'VALIDATION_ERROR',
  correlationId: 'c0ffee00-0000-4000-8000-000000000000',
  message: 'Missing required properties: resolution',
  errors: [
    {
      message: 'resolution is required when the ticket is closed',
      code: 'REQUIRED_PROPERTY',
      context: { propertyName: ['resolution'] },
    },
  ],
};
const messageShape = {
  status: 'error',
  category: 'VALIDATION_ERROR',
  correlationId: 'c0ffee00-0000-4000-8000-000000000000',
  message:
    'Property values were not valid: [{"isValid":false,"message":"resolution is required","error":"REQUIRED_PROPERTY","name":"resolution"}]',
};

describe('reading a portal rule refusal', () => {
  it.each([
    ['errors[].context', contextShape],
    ['the message text', messageShape],
  ])('finds the missing property in %s', (_shape, body) => {
    expect(missingPropertiesOf(body)).toEqual([{ name: 'resolution', ids: [] }]);
  });

  it("names the ticket of a batch's per-input error", () => {
    const perInput = {
      status: 'error',
      category: 'VALIDATION_ERROR',
      message: 'Missing required properties: resolution',
      context: { ids: ['512'], propertyName: ['resolution'] },
    };
    expect(missingPropertiesOf(perInput)).toEqual([{ name: 'resolution', ids: ['512'] }]);
  });

  it('ignores validation errors that are not about required properties', () => {
    expect(
      missingPropertiesOf({
        status: 'error',
        category: 'VALIDATION_ERROR',
        message:
          'Property values were not valid: [{"isValid":false,"message":"BAD is not a valid option","error":"INVALID_OPTION","name":"hs_ticket_priority"}]',
      }),
    ).toEqual([]);
    expect(missingPropertiesOf({ status: 'error', category: 'OBJECT_NOT_FOUND' })).toEqual([]);
    expect(missingPropertiesOf('not json')).toEqual([]);
  });

  it('asks for the property with its label, type, input kind and options', () => {
    expect(requiredPropertiesError(400, contextShape, properties)).toEqual({
      code: 'PROPERTIES_REQUIRED',
      message: 'HubSpot needs more details for this change: Resolution.',
      retryable: false,
      fieldErrors: [
        {
          field: 'resolution',
          message: "Resolution is required by this portal's rules.",
          property: {
            name: 'resolution',
            label: 'Resolution',
            type: 'enumeration',
            fieldType: 'select',
            options: resolution.options,
          },
        },
      ],
    });
  });

  it('leaves other statuses alone', () => {
    expect(requiredPropertiesError(409, contextShape, properties)).toBeNull();
  });
});
