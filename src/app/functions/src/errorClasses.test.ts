import net from 'node:net';
import type { FailNextRequest } from '../../../../sandbox/src/control';
import { createFunctionRuntime } from '../../../../runtime/src/functionRuntime';
import { dataOf, useFunctionHarness } from '../../../../testkits/functionTestKit';
import { HARNESS_TOKEN, type RecordRef } from '../../../../testkits/testHarness';
import type { FunctionError, FunctionResult, TicketsListData } from '../../cards/contract';

/**
 * What the card receives for every class of HubSpot failure: the exact words, whether it
 * may retry, and that a retry really happened (from the sandbox's request log) where the
 * function is meant to absorb the failure. The failure is injected on the list's last
 * HubSpot call (reading the tickets), after the record's links were read.
 */

const TICKET_READ = 'POST /crm/objects/2026-09/{objectType}/batch/read';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Enough to outlast every retry within the 9 s budget. */
const PERSISTENT = 200;

const fixture = useFunctionHarness();
let contact: RecordRef;
let reference: TicketsListData;

const LIST = { filter: 'all', sort: 'newest', pageSize: 10 } as const;
const list = (): Promise<FunctionResult<TicketsListData>> =>
  fixture.harness.call('tickets_list', contact, LIST);

beforeAll(async () => {
  contact = { type: 'contacts', id: fixture.facts.smallContact.id };
  reference = dataOf(await list());
});

beforeEach(async () => {
  // Each case starts cold, on the seed again: no fault rule or rate-limit window left over,
  // an empty request log.
  fixture.harness.runtime.coldStart();
  await fixture.harness.control.reset();
});

async function failTicketRead(failure: Omit<FailNextRequest, 'match'>): Promise<void> {
  await fixture.harness.control.failNext({ ...failure, match: TICKET_READ });
}

/** The statuses the sandbox answered the ticket read with, in order. */
async function ticketReadStatuses(): Promise<number[]> {
  const { log } = await fixture.harness.requests();
  return log.filter((entry) => entry.route === TICKET_READ).map((entry) => entry.status);
}

function errorOf(result: FunctionResult<unknown>): FunctionError {
  if (result.ok) throw new Error(`expected a failure, got data ${JSON.stringify(result.data)}`);
  return result.error;
}

const BUSY = {
  code: 'RATE_LIMITED',
  message: 'HubSpot is busy right now. Please try again in a few seconds.',
  retryable: true,
} as const;
/** A 5xx or a failed connection: HubSpot is down, not slow. */
const UNAVAILABLE: FunctionError = {
  code: 'UNAVAILABLE',
  message: 'HubSpot is unavailable right now. Please try again in a moment.',
  retryable: true,
  retryAfterMs: 3_000,
};
const FORBIDDEN: FunctionError = {
  code: 'FORBIDDEN',
  message:
    'The Tickets app is not allowed to do this in HubSpot. Ask an admin to check its installation.',
  retryable: false,
};

describe('HubSpot 4xx: not retried, said plainly', () => {
  const cases: Array<[number, Omit<FunctionError, 'correlationId'>]> = [
    [
      400,
      {
        code: 'VALIDATION',
        message: 'HubSpot did not accept these details. Check them and try again.',
        retryable: false,
        fieldErrors: [{ field: 'parameters', message: 'HubSpot did not accept this value.' }],
      },
    ],
    [401, FORBIDDEN],
    [403, FORBIDDEN],
    [
      404,
      {
        code: 'NOT_FOUND',
        message: 'This ticket no longer exists in HubSpot (it may have been deleted).',
        retryable: false,
        fieldErrors: [{ field: 'parameters', message: 'Not found in HubSpot.' }],
      },
    ],
    [
      409,
      {
        code: 'CONFLICT',
        message:
          'HubSpot refused the change because the ticket changed meanwhile. Reload and retry.',
        retryable: false,
      },
    ],
  ];

  it.each(cases)('%i', async (status, expected) => {
    await failTicketRead({ count: 1, status: status as FailNextRequest['status'] });
    const error = errorOf(await list());
    expect(error).toEqual({ ...expected, correlationId: expect.stringMatching(UUID) });
    expect(await ticketReadStatuses()).toEqual([status]);
  });
});

describe('429 by policy', () => {
  it.each(['TEN_SECONDLY_ROLLING', 'SECONDLY'] as const)(
    'one %s is retried and the list is right',
    async (policy) => {
      await failTicketRead({ count: 1, status: 429, policy });
      expect(dataOf(await list())).toEqual(reference);
      expect(await ticketReadStatuses()).toEqual([429, 200]);
    },
  );

  // The card waits what the window needs: a search window is 1 s, the portal's 10 s one
  // is given 2 s (HubSpot sends no Retry-After).
  it.each([
    ['TEN_SECONDLY_ROLLING', 2_000],
    ['SECONDLY', 1_000],
  ] as const)(
    'a persistent %s ends in "busy", retryable after %i ms, after several attempts',
    async (policy, retryAfterMs) => {
      await failTicketRead({ count: PERSISTENT, status: 429, policy });
      expect(errorOf(await list())).toEqual({ ...BUSY, retryAfterMs });
      const statuses = await ticketReadStatuses();
      expect(statuses.length).toBeGreaterThanOrEqual(3);
      expect(new Set(statuses)).toEqual(new Set([429]));
    },
  );

  it('DAILY is not retried: the allowance is gone until tomorrow', async () => {
    await failTicketRead({ count: 1, status: 429, policy: 'DAILY' });
    expect(errorOf(await list())).toEqual({
      code: 'RATE_LIMITED',
      message: "The portal has used today's HubSpot API allowance. Try again tomorrow.",
      retryable: false,
      correlationId: expect.stringMatching(UUID),
    });
    expect(await ticketReadStatuses()).toEqual([429]);
  });
});

describe('5xx', () => {
  it.each([500, 502, 503] as const)('one %i is retried and the list is right', async (status) => {
    await failTicketRead({ count: 1, status });
    expect(dataOf(await list())).toEqual(reference);
    expect(await ticketReadStatuses()).toEqual([status, 200]);
  });

  it('a persistent 500 ends in "unavailable", retryable, after several attempts', async () => {
    await failTicketRead({ count: PERSISTENT, status: 500 });
    expect(errorOf(await list())).toEqual(UNAVAILABLE);
    const statuses = await ticketReadStatuses();
    expect(statuses.length).toBeGreaterThanOrEqual(3);
    expect(new Set(statuses)).toEqual(new Set([500]));
  });
});

describe('network errors', () => {
  it('a connection reset once is retried and the list is right', async () => {
    await failTicketRead({ count: 1, status: 'reset' });
    expect(dataOf(await list())).toEqual(reference);
    // The reset call has no log entry (it was never answered): one answered read, and the
    // injected failure was consumed, so the function did send the read twice.
    expect(await ticketReadStatuses()).toEqual([200]);
    expect(
      await fixture.harness.control.failNext({ count: 1, status: 500, match: 'none' }),
    ).toEqual({ pending: 1 });
  });

  it('persistent resets end in "unavailable", retryable', async () => {
    await failTicketRead({ count: PERSISTENT, status: 'reset' });
    expect(errorOf(await list())).toEqual(UNAVAILABLE);
    expect(await ticketReadStatuses()).toEqual([]);
  });

  it('HubSpot unreachable (a closed port) ends in "unavailable", retryable', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = net.createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const runtime = createFunctionRuntime({
      env: {
        HUBSPOT_API_BASE_URL: `http://127.0.0.1:${closedPort}`,
        PRIVATE_APP_ACCESS_TOKEN: HARNESS_TOKEN,
      },
    });
    try {
      // Warm the container first (refused parameters need no HubSpot call): the 9 s promise
      // is about the call, not about starting a container on a loaded machine.
      await runtime.invoke('tickets_list', {
        parameters: { recordType: 'contacts', filter: 'bogus' },
        propertiesToSend: { hs_object_id: contact.id },
      });
      const outcome = await runtime.invoke('tickets_list', {
        parameters: { recordType: 'contacts', ...LIST },
        propertiesToSend: { hs_object_id: contact.id },
      });
      expect(outcome).toMatchObject({ status: 'ok', result: { ok: false, error: UNAVAILABLE } });
      expect(outcome.durationMs).toBeLessThan(9_000);
    } finally {
      await runtime.close();
    }
  });
});

describe('an unexpected failure inside the function', () => {
  it('answers INTERNAL with a well-formed correlation id and no stack or detail', async () => {
    // A 200 the function cannot use (`{}`: no results): a bug path, not a HubSpot error.
    await failTicketRead({ count: 1, status: 'malformed' });
    const error = errorOf(await list());
    expect(error).toEqual({
      code: 'INTERNAL',
      message:
        'Something went wrong on our side. Please try again; if it persists, contact support.',
      retryable: false,
      correlationId: expect.stringMatching(UUID),
    });
    expect(await ticketReadStatuses()).toEqual([200]);
  });
});
