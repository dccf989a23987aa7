import { Alert, Button, ErrorState, LoadingSpinner, Text, Tile } from '@hubspot/ui-extensions';
import type { ErrorCode } from '../../contract';
import { createFakeTicketsClient, deferred } from '../testing/fakeTicketsClient';
import { renderCard, testTiming } from '../testing/renderCard';
import { failure, listData, ticket } from '../testing/ticketFixtures';

/** Retries waiting `delayMs`, as a card left open on a HubSpot outage would. */
function waiting(delayMs: number, slowAfterMs = 5_000) {
  return { retryPolicy: { ...testTiming.retryPolicy, delayMs: () => delayMs, slowAfterMs } };
}

const down = () => failure('UNAVAILABLE', 'HubSpot did not answer in time. Please try again.');

describe('when HubSpot fails', () => {
  it('says "HubSpot is unavailable right now" as soon as the function answers 5xx, not a spinner', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', down())
      .enqueue('tickets_list', deferred<ReturnType<typeof listData>>());
    const { renderer } = renderCard(client, 'contacts', waiting(2_000));
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'unavailable').props.title).toBe(
        'HubSpot is unavailable right now',
      ),
    );
    expect(renderer.findByTestId(Text, 'retry-progress').text).toBe(
      'Attempt 1 did not get through. Next try in 2 s.',
    );
    expect(renderer.maybeFindByTestId(LoadingSpinner, 'loading')).toBeNull();
    expect(renderer.maybeFind(ErrorState)).toBeNull();
  });

  it('keeps retrying in the background and recovers by itself when HubSpot answers', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', down(), down(), down())
      .enqueue('tickets_list', listData([ticket('1')]));
    const { renderer } = renderCard(client, 'contacts', {
      retryPolicy: { retries: 30, delayMs: () => 5, slowAfterMs: 5_000 },
    });
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(client.callsOf('tickets_list')).toHaveLength(4);
    expect(renderer.maybeFindByTestId(Alert, 'unavailable')).toBeNull();
  });

  it('counts the attempts it has made', async () => {
    const third = deferred<ReturnType<typeof listData>>();
    const client = createFakeTicketsClient().enqueue('tickets_list', down(), down(), third);
    const { renderer } = renderCard(client, 'contacts', waiting(5));
    // Two 5 ms waits; the third attempt is still out.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.callsOf('tickets_list')).toHaveLength(3);
    expect(renderer.findByTestId(Text, 'retry-progress').text).toMatch(/^Attempt 2 /);
    third.resolve(listData([ticket('1')]));
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
  });

  it('tries again at once on "Try now"', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', down())
      .enqueue('tickets_list', listData([ticket('1')]));
    const { renderer } = renderCard(client, 'contacts', waiting(60_000));
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Alert, 'unavailable')).not.toBeNull(),
    );
    expect(client.callsOf('tickets_list')).toHaveLength(1);
    renderer.findByTestId(Button, 'retry-now').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
  });

  it('says "HubSpot is busy, retrying" through a 429 storm and shows the list after it', async () => {
    const busy = () =>
      failure('RATE_LIMITED', 'HubSpot is busy right now.', { retryAfterMs: 2_000 });
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', busy(), busy())
      .enqueue('tickets_list', listData([ticket('1')]));
    // The card waits at least HubSpot's hint.
    const delays: number[] = [];
    const { renderer } = renderCard(client, 'contacts', {
      retryPolicy: {
        retries: 30,
        delayMs: (retry, hint) => {
          delays.push(hint ?? -1);
          return 5;
        },
        slowAfterMs: 5_000,
      },
    });
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'busy').props.title).toBe('HubSpot is busy, retrying…'),
    );
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(delays).toEqual([2_000, 2_000]);
  });

  it('says HubSpot is slow when the function holds the answer (its own retries), not a bare spinner', async () => {
    const answer = deferred<ReturnType<typeof listData>>();
    const client = createFakeTicketsClient().enqueue('tickets_list', answer);
    const { renderer } = renderCard(client, 'contacts', waiting(0, 30));
    expect(renderer.findByTestId(LoadingSpinner, 'loading').props.label).toBe('Loading tickets…');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(LoadingSpinner, 'slow').props.label).toBe(
        'HubSpot is slow to answer. Still trying…',
      ),
    );
    answer.resolve(listData([ticket('1')]));
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
  });

  it.each<[string, ErrorCode, boolean]>([
    ["today's API allowance is used up", 'RATE_LIMITED', false],
    ['the parameters are refused', 'VALIDATION', false],
    ['the ticket is not linked', 'NOT_LINKED', false],
    ['the app is not allowed', 'FORBIDDEN', false],
  ])('does not retry when %s', async (_, code, retryable) => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      failure(code, 'Not today.', { retryable }),
    );
    const { renderer } = renderCard(client, 'contacts', waiting(0));
    await renderer.waitFor(() =>
      expect(renderer.find(ErrorState).find(Text).text).toBe('Not today.'),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.callsOf('tickets_list')).toHaveLength(1);
    expect(renderer.maybeFindByTestId(Alert, 'busy')).toBeNull();
  });

  it('keeps the tickets on screen when a refresh meets an outage, and says so above them', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData([ticket('1')]))
      .enqueue('tickets_list', down())
      .enqueue('tickets_list', deferred<ReturnType<typeof listData>>());
    const { renderer } = renderCard(client, 'contacts', waiting(60_000));
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(Button, 'refresh').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Alert, 'unavailable')).not.toBeNull(),
    );
    expect(renderer.findAll(Tile)).toHaveLength(1);
  });
});
