/**
 * What a support rep sees and does with the real Tickets cards, drawn by the preview
 * from their unmodified entry files, on the demo seed of the CRM sandbox.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS_DIR, startBrowserSession, type BrowserSession } from './browserSession';

/** 43 tickets: enough to page. */
const CONTACT_WITH_MANY_TICKETS = '1000001';
/** Tickets of both pipelines, open and closed: the README's screenshot. */
const CONTACT_WITH_TICKETS = '1000005';
const CONTACT_WITHOUT_TICKETS = '1000040';
/** Lends a ticket to link; not used for the screenshots. */
const ANOTHER_CONTACT = '1000002';
const COMPANY_WITH_MANY_TICKETS = '2000001';
const COMPANY_WITH_CONTACT_TICKETS = '2000003';
/** Linked to no ticket itself. */
const COMPANY_WITHOUT_TICKETS = '2000010';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

const card = (page: Page): Locator => page.getByTestId('card-sidebar');
const tiles = (page: Page): Locator =>
  card(page).locator('[data-testid^="ticket-"][class~="hs-tile"]');

async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

/** Waits until the locator's text matches (the card answers asynchronously). */
async function waitForText(locator: Locator, pattern: RegExp, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.count()) > 0 ? await textOf(locator.first()) : '';
    if (pattern.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected text matching ${pattern}, last saw "${last}"`);
}

/** An open ticket linked to `contactId`, read straight from the sandbox's HubSpot API. */
async function someTicketOf(target: BrowserSession, contactId: string): Promise<string> {
  const headers = { authorization: 'Bearer local-dev-token', 'content-type': 'application/json' };
  const links = (await (
    await fetch(
      `${target.preview.sandboxUrl}/crm/v4/objects/contacts/${contactId}/associations/tickets?limit=100`,
      { headers },
    )
  ).json()) as { results: { toObjectId: string | number }[] };
  const ids = links.results.map((link) => String(link.toObjectId));
  const batch = (await (
    await fetch(`${target.preview.sandboxUrl}/crm/v3/objects/tickets/batch/read`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        inputs: ids.map((id) => ({ id })),
        properties: ['hs_pipeline_stage'],
      }),
    })
  ).json()) as { results: { id: string; properties: { hs_pipeline_stage?: string } }[] };
  const open = batch.results.find(
    (ticket) =>
      ticket.properties.hs_pipeline_stage === '1' || ticket.properties.hs_pipeline_stage === '2',
  );
  if (!open) throw new Error(`Contact ${contactId} has no open support ticket in the seed`);
  return open.id;
}

/** Polls until `check` holds (the card re-renders after its function answers). */
async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeout = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting until ${what}`);
}

const stagesShown = (page: Page) =>
  tiles(page).locator('[data-testid^="ticket-"][data-testid$="-stage"]').allTextContents();
const CLOSED_STAGE = /^(Closed|Resolved|Refunded)$/;

function counts(text: string): { open: number; closed: number } {
  const match = /Open (\d+) · Closed (\d+)/.exec(text);
  if (!match) throw new Error(`No counts in "${text}"`);
  return { open: Number(match[1]), closed: Number(match[2]) };
}

async function toast(page: Page, pattern: RegExp): Promise<string> {
  return waitForText(page.getByTestId('toast').filter({ hasText: pattern }), pattern);
}

async function ticketIdsShown(page: Page): Promise<string[]> {
  const ids = await tiles(page).evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-testid') ?? ''),
  );
  return ids.map((id) => id.replace('ticket-', ''));
}

async function chooseFilter(page: Page, label: 'Open' | 'Closed' | 'All') {
  await card(page).getByTestId('filter').locator('select').selectOption({ label });
}

async function openActions(
  page: Page,
  ticketId: string,
  item: 'stage' | 'priority' | 'close' | 'unlink' | 'delete',
) {
  await card(page)
    .getByTestId(`actions-${ticketId}`)
    .getByRole('button', { name: /Actions/ })
    .click();
  await card(page).getByTestId(`actions-${ticketId}-${item}`).click();
}

/**
 * On a record without tickets: create one (it appears), link an existing one, change its
 * stage, unlink it, delete the created one. `shot` prefixes the screenshots.
 */
async function manageTicketsJourney(
  type: 'contacts' | 'companies',
  recordId: string,
  shot: string,
): Promise<void> {
  const page = await session.openRecord(type, recordId);
  const noun = type === 'contacts' ? 'contact' : 'company';
  await card(page).getByTestId('empty').waitFor();
  expect(await textOf(card(page).getByTestId('empty'))).toContain('No tickets here yet');
  await session.snap(page, `${shot}-10-empty`);

  // Create
  await card(page).getByTestId('new-ticket').click();
  const createPanel = page.getByTestId('create-ticket-panel');
  await createPanel.getByLabel('Subject').fill(`Printer on fire (e2e ${noun})`);
  await createPanel.getByLabel('Description').fill('Smoke everywhere.');
  await session.snap(page, `${shot}-11-create-panel`);
  await createPanel.getByTestId('create-submit').click();
  await toast(page, new RegExp(`Printer on fire \\(e2e ${noun}\\)`));
  await createPanel.waitFor({ state: 'detached' });
  const created = tiles(page).filter({ hasText: `Printer on fire (e2e ${noun})` });
  await created.waitFor();
  const createdId = ((await created.getAttribute('data-testid')) ?? '').replace('ticket-', '');
  expect(createdId).toMatch(/^\d+$/);
  await session.snap(page, `${shot}-12-created-ticket-appears`);

  // Link an existing ticket, found by its id
  const existingId = await someTicketOf(session, ANOTHER_CONTACT);
  await card(page).getByTestId('link-existing').click();
  const linkPanel = page.getByTestId('link-tickets-panel');
  await linkPanel.getByLabel('Search tickets').fill(existingId);
  const result = linkPanel.getByTestId(`result-${existingId}`);
  await result.waitFor();
  await result.getByRole('checkbox').check();
  await session.snap(page, `${shot}-13-link-panel`);
  await linkPanel.getByTestId('link-submit').click();
  await toast(page, /1 ticket linked/);
  const linked = card(page).getByTestId(`ticket-${existingId}`);
  await linked.waitFor();
  await session.snap(page, `${shot}-14-linked-ticket-appears`);

  // Change its stage
  await openActions(page, existingId, 'stage');
  const stageModal = page.getByTestId(`stage-${existingId}`);
  const stageSelect = stageModal.locator('select');
  const current = await textOf(linked.getByTestId(`ticket-${existingId}-stage`));
  const options = (await stageSelect.locator('option').allTextContents()).filter(
    (label) => label !== current && !/closed|resolved|refunded/i.test(label),
  );
  const target = options[0];
  if (!target) throw new Error(`No other open stage than ${current}`);
  await stageSelect.selectOption({ label: target });
  await session.snap(page, `${shot}-15-stage-modal`);
  await stageModal.getByTestId(`stage-${existingId}-confirm`).click();
  await toast(page, new RegExp(`moved to ${target}`));
  await waitForText(linked.getByTestId(`ticket-${existingId}-stage`), new RegExp(`^${target}$`));
  await session.snap(page, `${shot}-16-stage-changed`);

  // Unlink it
  await openActions(page, existingId, 'unlink');
  const unlinkModal = page.getByTestId(`unlink-${existingId}`);
  await waitForText(unlinkModal, new RegExp(`will no longer be linked to this ${noun}`));
  await session.snap(page, `${shot}-17-unlink-modal`);
  await unlinkModal.getByTestId(`unlink-${existingId}-confirm`).click();
  await toast(page, /is no longer linked/);
  await linked.waitFor({ state: 'detached' });
  await session.snap(page, `${shot}-18-unlinked`);

  // Delete the created one
  await openActions(page, createdId, 'delete');
  const deleteModal = page.getByTestId(`delete-${createdId}`);
  await waitForText(deleteModal, /recycle bin/);
  await session.snap(page, `${shot}-19-delete-modal`);
  await deleteModal.getByTestId(`delete-${createdId}-confirm`).click();
  await toast(page, /was moved to the recycle bin/);
  await card(page).getByTestId('empty').waitFor();
  await session.snap(page, `${shot}-20-deleted-empty-again`);
}

describe('the contact card', () => {
  it('shows the seeded tickets, filters them by state and pages through them', async () => {
    const page = await session.openRecord('contacts', CONTACT_WITH_MANY_TICKETS);
    await page.getByTestId('record-summary').getByRole('heading', { level: 1 }).waitFor();
    const initial = counts(
      await waitForText(card(page).getByTestId('counts'), /Open \d+ · Closed \d+/),
    );
    expect(initial.open).toBeGreaterThan(0);
    expect(initial.closed).toBeGreaterThan(0);
    await tiles(page).first().waitFor();
    const openStages = await stagesShown(page);
    expect(openStages.length).toBeGreaterThan(0);
    expect(openStages.filter((stage) => CLOSED_STAGE.test(stage))).toEqual([]);
    await session.snap(page, '01-contact-open-tickets');

    await chooseFilter(page, 'Closed');
    await waitUntil('only closed tickets show', async () => {
      const stages = await stagesShown(page);
      return stages.length > 0 && stages.every((stage) => CLOSED_STAGE.test(stage));
    });
    await session.snap(page, '02-contact-closed-filter');

    const closedIds = await ticketIdsShown(page);
    await chooseFilter(page, 'All');
    let firstPage: string[] = [];
    await waitUntil('the list of all tickets shows', async () => {
      firstPage = await ticketIdsShown(page);
      return firstPage.length > 0 && firstPage.join() !== closedIds.join();
    });
    const pager = card(page).getByTestId('pager');
    await pager.getByRole('button', { name: 'Next' }).click();
    await waitForText(card(page).getByTestId('page-number'), /Page 2/);
    const secondPage = await ticketIdsShown(page);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    await session.snap(page, '03-contact-page-2');
    await pager.getByRole('button', { name: 'Prev' }).click();
    await waitForText(card(page).getByTestId('page-number'), /Page 1/);
    expect(await ticketIdsShown(page)).toEqual(firstPage);
  });

  it('creates a ticket, links an existing one, changes its stage, unlinks it and deletes one', async () => {
    await manageTicketsJourney('contacts', CONTACT_WITHOUT_TICKETS, 'contact');
  });

  it('closes two ticked tickets at once from Select mode', async () => {
    // The paging test above only reads this contact, so closing two of its tickets here
    // changes nothing another test relies on.
    const page = await session.openRecord('contacts', CONTACT_WITH_MANY_TICKETS);
    const before = counts(
      await waitForText(card(page).getByTestId('counts'), /Open \d+ · Closed \d+/),
    );
    await tiles(page).first().waitFor();
    const picked = (await ticketIdsShown(page)).slice(0, 2);
    expect(picked).toHaveLength(2);

    await card(page).getByTestId('select-mode').click();
    for (const id of picked)
      await card(page).getByTestId(`select-${id}`).getByRole('checkbox').check();
    await waitForText(card(page).getByTestId('bulk-count'), /^2 selected$/);
    await session.snap(page, '04-contact-bulk-selected');

    await card(page).getByTestId('bulk-close').click();
    await toast(page, /2 tickets closed/);
    const after = counts(
      await waitForText(
        card(page).getByTestId('counts'),
        new RegExp(`Open ${before.open - 2} · Closed ${before.closed + 2}`),
      ),
    );
    expect(after).toEqual({ open: before.open - 2, closed: before.closed + 2 });
    for (const id of picked)
      await card(page).getByTestId(`ticket-${id}`).waitFor({ state: 'detached' });
    expect(await card(page).getByTestId('bulk-partial').count()).toBe(0);
    await session.snap(page, '05-contact-bulk-closed');
  });
});

describe('the company card', () => {
  it('shows the company tickets, pages through them and filters them by state', async () => {
    const page = await session.openRecord('companies', COMPANY_WITH_MANY_TICKETS);
    const shown = counts(
      await waitForText(card(page).getByTestId('counts'), /Open \d+ · Closed \d+/),
    );
    expect(shown.open + shown.closed).toBeGreaterThan(300);
    await tiles(page).first().waitFor();
    const firstPage = await ticketIdsShown(page);
    await card(page).getByTestId('pager').getByRole('button', { name: 'Next' }).click();
    await waitForText(card(page).getByTestId('page-number'), /Page 2/);
    expect((await ticketIdsShown(page)).filter((id) => firstPage.includes(id))).toEqual([]);
    await session.snap(page, '30-company-page-2');

    await chooseFilter(page, 'Closed');
    await waitUntil('only closed tickets show', async () => {
      const stages = await stagesShown(page);
      return stages.length > 0 && stages.every((stage) => CLOSED_STAGE.test(stage));
    });
    await session.snap(page, '31-company-closed-filter');
  });

  it("rolls up the tickets of the company's contacts, marked with the contact", async () => {
    const page = await session.openRecord('companies', COMPANY_WITH_CONTACT_TICKETS);
    const own = counts(
      await waitForText(card(page).getByTestId('counts'), /Open \d+ · Closed \d+/),
    );
    await session.snap(page, '32-company-own-tickets');
    await card(page).getByRole('switch', { name: "Include contacts' tickets" }).click();
    const viaContact = card(page).locator('[data-testid$="-via"]').first();
    await waitForText(viaContact, /^Via .+/);
    const rolledUp = counts(await textOf(card(page).getByTestId('counts')));
    expect(rolledUp.open + rolledUp.closed).toBeGreaterThan(own.open + own.closed);
    await session.snap(page, '33-company-rolled-up');
    await page.mouse.move(0, 0);
    await card(page).screenshot({ path: path.join(SCREENSHOTS_DIR, 'company-card.png') });
  });

  it('creates a ticket, links an existing one, changes its stage, unlinks it and deletes one', async () => {
    await manageTicketsJourney('companies', COMPANY_WITHOUT_TICKETS, 'company');
  });

  it('creates a ticket that appears on the company', async () => {
    const page = await session.openRecord('companies', COMPANY_WITH_CONTACT_TICKETS);
    await tiles(page).first().waitFor();
    await card(page).getByTestId('new-ticket').click();
    const createPanel = page.getByTestId('create-ticket-panel');
    await createPanel.getByLabel('Subject').fill('Company-wide outage (e2e)');
    await createPanel.getByTestId('create-submit').click();
    await toast(page, /Company-wide outage \(e2e\)/);
    await tiles(page).filter({ hasText: 'Company-wide outage (e2e)' }).waitFor();
    await session.snap(page, '34-company-created');
  });
});

describe('when HubSpot is down', () => {
  it('shows the error, and the tickets again after Try again once it is back', async () => {
    const page = await session.openRecord('contacts', CONTACT_WITH_TICKETS);
    await tiles(page).first().waitFor();
    await page.mouse.move(0, 0);
    await card(page).screenshot({ path: path.join(SCREENSHOTS_DIR, 'contact-card.png') });
    const strip = page.getByTestId('control-strip');

    await strip.getByLabel('HubSpot down (503)').click();
    await waitUntil('the switch is on', () => strip.getByLabel('HubSpot down (503)').isChecked());
    await card(page).getByTestId('refresh').click();
    const error = card(page).getByTestId('list-error');
    await error.waitFor({ timeout: 45_000 });
    expect(await textOf(error)).toContain('Tickets could not be loaded');
    await session.snap(page, '40-hubspot-down-error');

    await strip.getByLabel('HubSpot down (503)').click();
    await waitUntil(
      'the switch is off',
      async () => !(await strip.getByLabel('HubSpot down (503)').isChecked()),
    );
    await error.getByRole('button', { name: 'Try again' }).click();
    await tiles(page).first().waitFor();
    await error.waitFor({ state: 'detached' });
    await session.snap(page, '41-recovered-after-retry');
  });
});
