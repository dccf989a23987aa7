import { createTicketsClient } from './ticketsClient';

describe('ticketsClient', () => {
  it("passes a function's result through untouched", async () => {
    const client = createTicketsClient(async () => ({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Gone.', retryable: false },
    }));
    await expect(
      client.call('ticket_delete', { recordType: 'contacts', ticketId: '1' }),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Gone.', retryable: false },
    });
  });

  it('hands the uid and the parameters to the runner', async () => {
    const seen: unknown[] = [];
    const client = createTicketsClient(async (uid, params) => {
      seen.push([uid, params]);
      return { ok: true, data: { results: [{ ticketId: '1', ok: true }] } };
    });
    await client.call('ticket_unlink', { recordType: 'companies', portalId: 9, ticketIds: ['1'] });
    expect(seen).toEqual([
      ['ticket_unlink', { recordType: 'companies', portalId: 9, ticketIds: ['1'] }],
    ]);
  });

  it.each([
    [
      'TIMEOUT',
      {
        code: 'UNAVAILABLE',
        retryable: true,
        message: 'HubSpot took too long to answer. Try again.',
      },
    ],
    [
      'UNCAUGHT_ERROR',
      {
        code: 'INTERNAL',
        retryable: true,
        message: 'Something went wrong on our side. Try again.',
      },
    ],
    ['FUNCTION_NOT_FOUND', { code: 'INTERNAL', retryable: false }],
    [
      'TypeError: Failed to fetch',
      {
        code: 'UNAVAILABLE',
        retryable: true,
        message: 'HubSpot could not be reached right now.',
      },
    ],
    [
      'The preview server did not answer: connect ECONNREFUSED',
      { code: 'UNAVAILABLE', retryable: true },
    ],
  ])('turns a rejected call (%s) into an error result', async (reason, expected) => {
    const client = createTicketsClient(() => Promise.reject(new Error(reason)));
    const result = await client.call('tickets_list', { recordType: 'contacts' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining(expected) });
  });

  it('treats an answer that is not a FunctionResult as an error', async () => {
    const client = createTicketsClient(async () => ({ tickets: [] }));
    const result = await client.call('tickets_list', { recordType: 'contacts' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
