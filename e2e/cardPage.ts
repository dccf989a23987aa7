/**
 * How the journeys read and drive the Tickets card in the preview: locators by the
 * cards' testIds, and the words the card must say taken from its own catalogs, so a
 * German journey fails when the card speaks English (or a string is missing).
 */
import type { Locator, Page } from 'playwright-core';
import type { Catalog } from '../src/app/cards/tickets/strings';
import { catalogs } from '../src/app/cards/tickets/i18n/catalogs';
import type { RecordType } from './browserSession';

export interface Variant {
  /** Names the screenshots and the test: "contact-en". */
  name: string;
  type: RecordType;
  locale: 'en-US' | 'de-DE';
  t: Catalog;
  /** Demo-seed records of this type. */
  records: {
    many: string;
    withTickets: string;
    none: string;
    /** Open tickets of several owners on the first page, one of them unassigned. */
    owners: string;
  };
  /** A label the ticket's link to a record of this type can have (demo seed). */
  linkLabel: string;
}

const CONTACT_RECORDS = {
  many: '1000001',
  withTickets: '1000005',
  none: '1000040',
  owners: '1000005',
};
const COMPANY_RECORDS = {
  many: '2000001',
  withTickets: '2000003',
  none: '2000010',
  owners: '2000004',
};

/** Each journey runs on a contact and a company, in English and in German. */
export const VARIANTS: Variant[] = [
  {
    name: 'contact-en',
    type: 'contacts',
    locale: 'en-US',
    t: catalogs.en,
    records: CONTACT_RECORDS,
    linkLabel: 'Requester',
  },
  {
    name: 'contact-de',
    type: 'contacts',
    locale: 'de-DE',
    t: catalogs.de,
    records: CONTACT_RECORDS,
    linkLabel: 'Requester',
  },
  {
    name: 'company-en',
    type: 'companies',
    locale: 'en-US',
    t: catalogs.en,
    records: COMPANY_RECORDS,
    linkLabel: 'Primary',
  },
  {
    name: 'company-de',
    type: 'companies',
    locale: 'de-DE',
    t: catalogs.de,
    records: COMPANY_RECORDS,
    linkLabel: 'Primary',
  },
];

export const card = (page: Page): Locator => page.getByTestId('card-sidebar');

/** The ticket rows (tiles) of the list, not the nested `ticket-<id>-…` parts. */
export const rows = (page: Page): Locator =>
  card(page).locator('[data-testid^="ticket-"][class~="hs-tile"]');

/** The text a reader sees: decorations marked aria-hidden (the link's ↗) left out. */
export async function textOf(locator: Locator): Promise<string> {
  const text = await locator.evaluate((node) => {
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return copy.textContent ?? '';
  });
  return text.replace(/\s+/g, ' ').trim();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `check` holds (the card re-renders after its function answers). */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeout = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`Timed out waiting until ${what}`);
}

/** Waits until the first match of the locator has text matching the pattern. */
export async function waitForText(
  locator: Locator,
  pattern: RegExp | string,
  timeout = 20_000,
): Promise<string> {
  const test = (text: string) =>
    typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
  let last = '';
  await waitUntil(
    `text ${String(pattern)} (last saw "${last}")`,
    async () => {
      last = (await locator.count()) > 0 ? await textOf(locator.first()) : '';
      return test(last);
    },
    timeout,
  ).catch(() => {
    throw new Error(`Expected text matching ${String(pattern)}, last saw "${last}"`);
  });
  return last;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A catalog sentence as a pattern: numbers given as `NUMBER` match any count, so
 * `sentence(t.counts(NUMBER, NUMBER))` matches "Open 3 · Closed 4" and "Offen 3 · Geschlossen 4".
 */
export const NUMBER = 987_654_321;
export function sentence(text: string): RegExp {
  // Intl may group the marker's digits ("987,654,321", "987.654.321").
  const parts = text.split(/987[.,\u202f\u00a0]?654[.,\u202f\u00a0]?321/);
  return new RegExp(parts.map(escapeRegExp).join('(\\d+)'));
}

/** A catalog sentence with a text value (a name, a subject) as a pattern: `withAnyText(t.viaContact)`. */
export function withAnyText(build: (value: string) => string): RegExp {
  const marker = '\u0000';
  return new RegExp(`^${build(marker).split(marker).map(escapeRegExp).join('.+')}$`);
}

export function counts(t: Catalog, text: string): { open: number; closed: number } {
  const match = sentence(t.counts(NUMBER, NUMBER)).exec(text);
  if (!match) throw new Error(`No counts in "${text}"`);
  return { open: Number(match[1]), closed: Number(match[2]) };
}

export async function shownCounts(
  page: Page,
  t: Catalog,
): Promise<{ open: number; closed: number }> {
  return counts(
    t,
    await waitForText(card(page).getByTestId('counts'), sentence(t.counts(NUMBER, NUMBER))),
  );
}

/** Waits until the list shows rows again (after a filter or page change) and returns their ids. */
export async function waitForRows(page: Page, what = 'the list shows tickets'): Promise<string[]> {
  let ids: string[] = [];
  await waitUntil(what, async () => {
    ids = await ticketIdsShown(page);
    return ids.length > 0;
  });
  return ids;
}

export async function ticketIdsShown(page: Page): Promise<string[]> {
  const ids = await rows(page).evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-testid') ?? ''),
  );
  return ids.map((id) => id.replace('ticket-', ''));
}

/** The stage labels of the demo pipelines' closed stages (HubSpot does not translate them). */
export const CLOSED_STAGE = /^(Closed|Resolved|Refunded)$/;

/** A part of every row: `rowParts(page, 'stage')` are the rows' `ticket-<id>-stage` tags. */
export const rowParts = (
  page: Page,
  part: 'stage' | 'priority' | 'subject' | 'via' | 'owner',
): Locator => rows(page).locator(`[data-testid^="ticket-"][data-testid$="-${part}"]`);

export const stagesShown = (page: Page): Promise<string[]> =>
  rowParts(page, 'stage').allTextContents();

/** Waits for a toast (addAlert) saying `text`. */
export async function toast(page: Page, text: string | RegExp): Promise<string> {
  return waitForText(page.getByTestId('toast').filter({ hasText: text }), text);
}

export async function chooseFilter(page: Page, t: Catalog, filter: 'open' | 'closed' | 'all') {
  const label = { open: t.filterOpen, closed: t.filterClosed, all: t.filterAll }[filter];
  await card(page).getByTestId('filter').locator('select').selectOption({ label });
}

export type RowAction =
  'details' | 'owner' | 'stage' | 'priority' | 'close' | 'reopen' | 'unlink' | 'delete';

/** Opens the row's Actions menu and clicks an item. */
export async function rowMenuItem(
  page: Page,
  ticketId: string,
  item: RowAction | 'assign-me',
): Promise<void> {
  await card(page).getByTestId(`actions-${ticketId}`).locator('.hs-dropdown__toggle').click();
  await card(page).getByTestId(`actions-${ticketId}-${item}`).click();
}

/** Opens the row's Actions menu and picks an item that opens a modal or panel (`<action>-<id>`). */
export async function rowAction(page: Page, ticketId: string, action: RowAction): Promise<Locator> {
  await rowMenuItem(page, ticketId, action);
  const modal = page.getByTestId(`${action}-${ticketId}`);
  await modal.waitFor();
  return modal;
}

/** An open ticket of the given pipeline among the rows shown (the row names its pipeline). */
export async function openTicketIn(
  page: Page,
  pipeline: 'Support Pipeline' | 'Billing',
): Promise<string> {
  for (const id of await ticketIdsShown(page)) {
    const row = card(page).getByTestId(`ticket-${id}`);
    const stage = await textOf(row.getByTestId(`ticket-${id}-stage`));
    const shownPipeline = await textOf(row.getByTestId(`ticket-${id}-pipeline`));
    if (!CLOSED_STAGE.test(stage) && shownPipeline === pipeline) return id;
  }
  throw new Error(`No open ${pipeline} ticket on this page`);
}

/** A ticket's properties as HubSpot (the sandbox) has them: what the card did, checked at the source. */
export async function readTicket(
  sandboxUrl: string | null,
  id: string,
  properties: string[],
): Promise<Record<string, string | null>> {
  if (!sandboxUrl) throw new Error('No sandbox (live mode)');
  const response = await fetch(
    `${sandboxUrl}/crm/objects/2026-09/tickets/${id}?properties=${properties.join(',')}`,
    { headers: { authorization: 'Bearer local-dev-token' } },
  );
  if (!response.ok)
    throw new Error(`Reading ticket ${id}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { properties: Record<string, string | null> }).properties;
}

async function sandboxCall<T>(
  sandboxUrl: string | null,
  method: 'GET' | 'POST',
  route: string,
  body?: unknown,
): Promise<T> {
  if (!sandboxUrl) throw new Error('No sandbox (live mode)');
  const response = await fetch(`${sandboxUrl}${route}`, {
    method,
    headers: { authorization: 'Bearer local-dev-token', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export type CrmType = 'contacts' | 'companies' | 'tickets';

/** A record's links to another type, with their labels, as the sandbox has them (2026-09 batch read). */
export async function readLinks(
  sandboxUrl: string | null,
  from: CrmType,
  id: string,
  to: CrmType,
): Promise<{ id: string; labels: string[]; typeIds: number[] }[]> {
  const answer = await sandboxCall<{
    results: {
      to: {
        toObjectId: string | number;
        associationTypes: { typeId: number; label: string | null }[];
      }[];
    }[];
  }>(sandboxUrl, 'POST', `/crm/associations/2026-09/${from}/${to}/batch/read`, {
    inputs: [{ id }],
  });
  return (answer.results[0]?.to ?? []).map((link) => ({
    id: String(link.toObjectId),
    labels: link.associationTypes.flatMap((type) => (type.label ? [type.label] : [])),
    typeIds: link.associationTypes.map((type) => type.typeId),
  }));
}

/** Several tickets' properties as the sandbox has them, by id. */
export async function readTickets(
  sandboxUrl: string | null,
  ids: string[],
  properties: string[],
): Promise<Map<string, Record<string, string | null>>> {
  const answer = await sandboxCall<{
    results: { id: string; properties: Record<string, string | null> }[];
  }>(sandboxUrl, 'POST', '/crm/objects/2026-09/tickets/batch/read', {
    properties,
    inputs: ids.map((id) => ({ id })),
  });
  return new Map(answer.results.map((ticket) => [ticket.id, ticket.properties]));
}

/** A contact's or company's name as the card shows it ("First Last", or the company name). */
export async function recordName(
  sandboxUrl: string | null,
  type: 'contacts' | 'companies',
  id: string,
): Promise<string> {
  const properties = type === 'contacts' ? 'firstname,lastname' : 'name';
  const answer = await sandboxCall<{ properties: Record<string, string | null> }>(
    sandboxUrl,
    'GET',
    `/crm/objects/2026-09/${type}/${id}?properties=${properties}`,
  );
  const { firstname, lastname, name } = answer.properties;
  return type === 'contacts' ? [firstname, lastname].filter(Boolean).join(' ') : (name ?? '');
}
