/**
 * What a support rep sees and does with the real Tickets cards, drawn by the preview
 * from their unmodified entry files, on the demo seed of the CRM sandbox. Each journey
 * runs on a contact and on a company, in English and in German (the preview user's
 * locale); the sandbox is reset to the demo seed before each, so journeys are
 * independent. Screenshots go to artifacts/e2e/ (`npm run screenshots` makes the README's).
 */
import type { Page } from 'playwright-core';
import { expectNoBrowserErrors, startBrowserSession, type BrowserSession } from './browserSession';
import {
  card,
  chooseFilter,
  CLOSED_STAGE,
  openSupportTicket,
  rowAction,
  rowParts,
  rows,
  shownCounts,
  stagesShown,
  textOf,
  ticketIdsShown,
  toast,
  VARIANTS,
  waitForText,
  waitUntil,
  withAnyText,
  type Variant,
} from './cardPage';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 120_000);

beforeEach(async () => {
  await session.resetSandbox();
});

afterEach(() => expectNoBrowserErrors(session));

afterAll(async () => {
  await session?.close();
});

const open = (v: Variant, id: string): Promise<Page> =>
  session.openRecord(v.type, id, { locale: v.locale });

describe.each(VARIANTS)('on a $name record', (v) => {
  const { t } = v;

  it('lists the tickets with counts and total, filters them by state, text and priority, and pages', async () => {
    const page = await open(v, v.records.many);
    const initial = await shownCounts(page, t);
    expect(initial.open).toBeGreaterThan(0);
    expect(initial.closed).toBeGreaterThan(0);
    await rows(page).first().waitFor();
    expect((await stagesShown(page)).filter((stage) => CLOSED_STAGE.test(stage))).toEqual([]);
    await waitForText(card(page).getByTestId('total'), t.totalTickets(initial.open));
    await session.snap(page, `${v.name}-01-open-tickets`);

    // Page 2 of the open tickets: other tickets, and "page 2 of N".
    const firstPage = await ticketIdsShown(page);
    const pages = Math.ceil(initial.open / firstPage.length);
    await card(page).getByTestId('next-page').click();
    await waitForText(card(page).getByTestId('page-number'), t.pageOf(2, pages));
    await waitUntil('page 2 shows other tickets', async () => {
      const ids = await ticketIdsShown(page);
      return ids.length > 0 && ids.every((id) => !firstPage.includes(id));
    });
    await card(page).getByTestId('prev-page').click();
    await waitForText(card(page).getByTestId('page-number'), t.pageOf(1, pages));

    // Closed only.
    await chooseFilter(page, t, 'closed');
    await waitUntil('only closed tickets show', async () => {
      const stages = await stagesShown(page);
      return stages.length > 0 && stages.every((stage) => CLOSED_STAGE.test(stage));
    });
    await session.snap(page, `${v.name}-02-closed-filter`);

    // A word of the first subject: every row shown has it.
    await chooseFilter(page, t, 'all');
    const firstId = (await ticketIdsShown(page))[0] ?? '';
    const subject = await textOf(card(page).getByTestId(`ticket-${firstId}-subject`));
    const word = subject.split(/\s+/).find((part) => /^[A-Za-z]{4,}$/.test(part)) ?? subject;
    await card(page).getByTestId('text-filter').locator('input').fill(word);
    await waitUntil(`every subject contains "${word}"`, async () => {
      const subjects = await rowParts(page, 'subject').allTextContents();
      return (
        subjects.length > 0 && subjects.every((s) => s.toLowerCase().includes(word.toLowerCase()))
      );
    });
    await session.snap(page, `${v.name}-03-text-filter`);
    await card(page).getByTestId('text-filter').locator('input').fill('');

    // One priority: every row shown has it.
    const priorityFilter = card(page).getByTestId('priority-filter');
    const high = priorityFilter.locator('label').filter({ hasText: /^High$/ });
    await high.locator('input').check();
    await waitUntil('only High tickets show', async () => {
      const tags = await rowParts(page, 'priority').allTextContents();
      return (
        (await rows(page).count()) > 0 &&
        tags.length === (await rows(page).count()) &&
        tags.every((tag) => tag === 'High')
      );
    });
    await session.snap(page, `${v.name}-04-priority-filter`);
  });

  it('creates a ticket, links a recent one, unlinks it with Undo, and deletes the created one', async () => {
    const page = await open(v, v.records.none);
    const empty = card(page).getByTestId('empty');
    await empty.waitFor();
    expect(await textOf(empty)).toContain(t.emptyTitle);

    // Create
    const subject = `Printer on fire (e2e ${v.name})`;
    await card(page).getByTestId('new-ticket').click();
    const createPanel = page.getByTestId('create-ticket-panel');
    await createPanel.getByTestId('create-subject').locator('input').fill(subject);
    await createPanel
      .getByTestId('create-description')
      .locator('textarea')
      .fill('Smoke everywhere.');
    // The demo portal requires a category on create.
    await createPanel.getByTestId('create-categories').locator('input').first().check();
    await session.snap(page, `${v.name}-10-create-panel`);
    await createPanel.getByTestId('create-submit').click();
    await toast(page, t.ticketCreated(subject));
    await createPanel.waitFor({ state: 'detached' });
    const created = rows(page).filter({ hasText: subject });
    await created.waitFor();
    const createdId = ((await created.getAttribute('data-testid')) ?? '').replace('ticket-', '');
    expect(createdId).toMatch(/^\d+$/);

    // Link one of the recent tickets the panel lists before anything is typed.
    await card(page).getByTestId('link-existing').click();
    const linkPanel = page.getByTestId('link-tickets-panel');
    await waitForText(linkPanel.getByTestId('link-recent'), t.recentTickets);
    const results = linkPanel.locator('[data-testid^="result-"][class~="hs-tile"]');
    await results.first().waitFor();
    const candidates = await results.evaluateAll((nodes) =>
      nodes
        .filter((node) => !node.querySelector('[data-testid$="-linked"]'))
        .map((node) => (node.getAttribute('data-testid') ?? '').replace('result-', '')),
    );
    const linkId = candidates.find((id) => id !== createdId);
    if (!linkId) throw new Error('The recent tickets offer nothing to link');
    await linkPanel.getByTestId(`result-${linkId}-pick`).locator('input').check();
    await linkPanel.getByTestId(`link-selected-${linkId}`).waitFor();
    await session.snap(page, `${v.name}-11-link-panel`);
    await linkPanel.getByTestId('link-submit').click();
    await toast(page, t.linked(1));
    const linked = card(page).getByTestId(`ticket-${linkId}`);
    await linked.waitFor();

    // Unlink it, then undo: it is back.
    const unlinkModal = await rowAction(page, linkId, 'unlink');
    await waitForText(unlinkModal, t.recordNoun[v.type]);
    await unlinkModal.getByTestId(`unlink-${linkId}-confirm`).click();
    await linked.waitFor({ state: 'detached' });
    await card(page).getByTestId('undo-bar').waitFor();
    await session.snap(page, `${v.name}-12-unlinked-undo-offered`);
    await card(page).getByTestId('undo').click();
    await linked.waitFor();

    // Delete the created one.
    const deleteModal = await rowAction(page, createdId, 'delete');
    await deleteModal.getByTestId(`delete-${createdId}-confirm`).click();
    await created.waitFor({ state: 'detached' });
    expect(await ticketIdsShown(page)).toEqual([linkId]);
  });

  it('changes a stage, closes a ticket picking the closed stage, undoes it, then reopens it', async () => {
    const page = await open(v, v.records.withTickets);
    await rows(page).first().waitFor();
    const before = await shownCounts(page, t);
    const id = await openSupportTicket(page);
    const subject = await subjectOf(page, id);
    const row = card(page).getByTestId(`ticket-${id}`);
    const stageTag = row.getByTestId(`ticket-${id}-stage`);

    // Change stage to another open stage.
    const stageModal = await rowAction(page, id, 'stage');
    const current = await textOf(stageTag);
    const target = (await stageModal.locator('select option').allTextContents()).find(
      (label) => label !== current && !CLOSED_STAGE.test(label),
    );
    if (!target) throw new Error(`No other open stage than ${current}`);
    await stageModal.locator('select').selectOption({ label: target });
    await stageModal.getByTestId(`stage-${id}-confirm`).click();
    await waitForText(stageTag, new RegExp(`^${target}$`));

    // Close: the modal offers the pipeline's closed stages, the first one chosen.
    const closeModal = await rowAction(page, id, 'close');
    const closedStages = await closeModal.locator('select option').allTextContents();
    expect(closedStages.length).toBeGreaterThan(0);
    expect(closedStages.every((label) => CLOSED_STAGE.test(label))).toBe(true);
    await session.snap(page, `${v.name}-20-close-modal`);
    await closeModal.getByTestId(`close-${id}-confirm`).click();
    await row.waitFor({ state: 'detached' });
    await waitForText(
      card(page).getByTestId('undo-message'),
      t.ticketClosedIn(subject, closedStages[0] ?? ''),
    );
    await shownCountsEqual(page, v, { open: before.open - 1, closed: before.closed + 1 });
    await session.snap(page, `${v.name}-21-closed-undo-offered`);

    // Undo: open again, in the stage it had.
    await card(page).getByTestId('undo').click();
    await row.waitFor();
    await waitForText(stageTag, new RegExp(`^${target}$`));
    await shownCountsEqual(page, v, before);

    // Close again, then reopen from the Closed view into an open stage.
    await (await rowAction(page, id, 'close')).getByTestId(`close-${id}-confirm`).click();
    await row.waitFor({ state: 'detached' });
    await chooseFilter(page, t, 'closed');
    await row.waitFor();
    const reopenModal = await rowAction(page, id, 'reopen');
    const openStages = await reopenModal.locator('select option').allTextContents();
    expect(openStages.length).toBeGreaterThan(0);
    expect(openStages.some((label) => CLOSED_STAGE.test(label))).toBe(false);
    await session.snap(page, `${v.name}-22-reopen-modal`);
    await reopenModal.getByTestId(`reopen-${id}-confirm`).click();
    await toast(page, t.ticketReopened(subject, openStages[0] ?? ''));
  });

  it('selects all on the page and closes them, leaving the already-closed alone', async () => {
    const page = await open(v, v.records.many);
    const before = await shownCounts(page, t);
    await chooseFilter(page, t, 'all');
    await waitUntil('the list shows open and closed tickets', async () => {
      const stages = await stagesShown(page);
      return stages.some((s) => CLOSED_STAGE.test(s)) && stages.some((s) => !CLOSED_STAGE.test(s));
    });
    const stages = await stagesShown(page);
    const alreadyClosed = stages.filter((s) => CLOSED_STAGE.test(s)).length;
    const toClose = stages.length - alreadyClosed;

    await card(page).getByTestId('select-mode').click();
    await card(page).getByTestId('bulk-select-page').click();
    await waitForText(card(page).getByTestId('bulk-count'), t.selectedCount(stages.length));
    await session.snap(page, `${v.name}-30-bulk-selected`);
    await card(page).getByTestId('bulk-close').click();
    await toast(page, t.bulkClosed(toClose));
    await waitForText(
      card(page).getByTestId('bulk-already-closed'),
      t.bulkAlreadyClosed(alreadyClosed),
    );
    await shownCountsEqual(page, v, {
      open: before.open - toClose,
      closed: before.closed + toClose,
    });
    expect(await card(page).getByTestId('bulk-partial').count()).toBe(0);
    await session.snap(page, `${v.name}-31-bulk-closed`);
  });

  it('says HubSpot is unavailable within 3 s and recovers by itself; says busy under a 429 storm', async () => {
    const page = await open(v, v.records.withTickets);
    await rows(page).first().waitFor();

    await session.control('PATCH', 'config', { faults: { rates: { '503': 1 } } });
    const downAt = Date.now();
    await card(page).getByTestId('refresh').click();
    // Waits longer than 3 s so that a slow answer fails with how slow it was.
    await waitForText(card(page).getByTestId('unavailable'), t.unavailableRetrying, 30_000);
    expect(Date.now() - downAt).toBeLessThan(3000);
    await card(page).getByTestId('retry-progress').waitFor();
    await session.snap(page, `${v.name}-40-hubspot-down`);
    await session.control('PATCH', 'config', { faults: { rates: { '503': 0 } } });
    await card(page).getByTestId('unavailable').waitFor({ state: 'detached', timeout: 20_000 });
    await rows(page).first().waitFor();

    await session.control('PATCH', 'config', { faults: { rates: { '429-ten-secondly': 1 } } });
    await card(page).getByTestId('refresh').click();
    await waitForText(card(page).getByTestId('busy'), t.busyRetrying, 10_000);
    await session.snap(page, `${v.name}-41-busy-retrying`);
    await session.control('PATCH', 'config', { faults: { rates: { '429-ten-secondly': 0 } } });
    await card(page).getByTestId('busy').waitFor({ state: 'detached', timeout: 20_000 });
    await rows(page).first().waitFor();
  });
});

describe.each(VARIANTS.filter((v) => v.type === 'companies'))('on a $name record', (v) => {
  it("rolls up the tickets of the company's contacts, marked with the contact", async () => {
    const page = await open(v, v.records.withTickets);
    const own = await shownCounts(page, v.t);
    await card(page).getByRole('switch', { name: v.t.includeContactTickets }).click();
    const via = rowParts(page, 'via').first();
    await waitForText(via, withAnyText(v.t.viaContact));
    const rolledUp = await shownCounts(page, v.t);
    expect(rolledUp.open + rolledUp.closed).toBeGreaterThan(own.open + own.closed);
    await session.snap(page, `${v.name}-50-rolled-up`);
  });
});

async function subjectOf(page: Page, id: string): Promise<string> {
  return textOf(card(page).getByTestId(`ticket-${id}-subject`));
}

async function shownCountsEqual(
  page: Page,
  v: Variant,
  expected: { open: number; closed: number },
): Promise<void> {
  await waitForText(card(page).getByTestId('counts'), v.t.counts(expected.open, expected.closed));
}
