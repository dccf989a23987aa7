/**
 * The bench's big company for the roll-up: ROLL_UP_CONTACTS contacts, each with
 * TICKETS_PER_CONTACT tickets (linked to the contact only), and a few tickets of the
 * company's own. Loaded through the HubSpot API (batch creates with inline associations),
 * limits off. The states follow ticketProperties, so the exact counts are known here.
 */
import type { Client } from '@hubspot/api-client';
import { crmPath, crmRequest } from '../sandbox/src/testing/crmRequest';
import type { components as Objects } from '../src/app/functions/src/hubspot/generated/objects';
import type { BenchRecord, StageChoice } from './dataset';
import { mapLimit, stageChoices, ticketProperties } from './dataset';

export const ROLL_UP_CONTACTS = 2_000;
export const TICKETS_PER_CONTACT = 10;
const OWN_TICKETS = 20;
const BATCH_SIZE = 100;
const LOAD_CONCURRENCY = 4;
// HUBSPOT_DEFINED default association types.
const CONTACT_TO_COMPANY = 279;
const TICKET_TO_CONTACT = 16;
const TICKET_TO_COMPANY = 339;
/** Serials far from the main dataset's, so the two never share a pattern by accident. */
const FIRST_SERIAL = 500_000;

export interface RollUpCompany {
  company: BenchRecord;
  contacts: number;
  /** Every ticket the roll-up covers (own and through contacts), by state. */
  counts: { open: number; closed: number };
  /** Tickets only a contact links. */
  contactOnly: number;
}

function association(id: string, typeId: number) {
  return {
    to: { id },
    types: [{ associationCategory: 'HUBSPOT_DEFINED' as const, associationTypeId: typeId }],
  };
}

function isOpen(serial: number, stages: StageChoice[]): boolean {
  const stageId = ticketProperties(serial, stages).hs_pipeline_stage;
  return !stages.find((stage) => stage.stageId === stageId)?.closed;
}

export async function loadRollUpCompany(client: Client): Promise<RollUpCompany> {
  const stages = await stageChoices(client);
  const company = await crmRequest<Objects['schemas']['SimplePublicObject']>(client, {
    method: 'POST',
    path: crmPath.objects('companies'),
    body: {
      properties: { name: 'Bench roll-up', domain: 'roll-up.bench.example' },
      associations: [],
    },
  });
  const contactBatches = Array.from(
    { length: Math.ceil(ROLL_UP_CONTACTS / BATCH_SIZE) },
    (_, batch) => batch,
  );
  const contactIds = (
    await mapLimit(contactBatches, LOAD_CONCURRENCY, async (batch) => {
      const response = await crmRequest<Objects['schemas']['BatchResponseSimplePublicObject']>(
        client,
        {
          method: 'POST',
          path: crmPath.batch('contacts', 'create'),
          body: {
            inputs: Array.from({ length: BATCH_SIZE }, (_, offset) => {
              const index = batch * BATCH_SIZE + offset;
              return {
                properties: {
                  firstname: 'Roll-up',
                  lastname: `Contact ${index}`,
                  email: `roll-up-${index}@bench.example`,
                },
                associations: [association(company.id, CONTACT_TO_COMPANY)],
              };
            }),
          },
        },
      );
      return response.results.map((contact) => contact.id);
    })
  ).flat();

  const counts = { open: 0, closed: 0 };
  // A batch of tickets is 10 contacts' tickets; the last batch is the company's own.
  const ticketBatches = [
    ...Array.from({ length: contactIds.length / BATCH_SIZE }, (_, batch) => batch),
    -1,
  ].flatMap((batch) =>
    batch === -1
      ? [{ serial: FIRST_SERIAL + ROLL_UP_CONTACTS * TICKETS_PER_CONTACT, count: OWN_TICKETS }]
      : Array.from({ length: TICKETS_PER_CONTACT }, (_, part) => ({
          serial: FIRST_SERIAL + (batch * TICKETS_PER_CONTACT + part) * BATCH_SIZE,
          count: BATCH_SIZE,
        })),
  );
  await mapLimit(ticketBatches, LOAD_CONCURRENCY, async ({ serial, count }) => {
    const own = serial >= FIRST_SERIAL + ROLL_UP_CONTACTS * TICKETS_PER_CONTACT;
    const inputs = Array.from({ length: count }, (_, offset) => {
      const ticketSerial = serial + offset;
      if (isOpen(ticketSerial, stages)) counts.open += 1;
      else counts.closed += 1;
      const contactId = contactIds[Math.floor((ticketSerial - FIRST_SERIAL) / TICKETS_PER_CONTACT)];
      return {
        properties: ticketProperties(ticketSerial, stages),
        associations: own
          ? [association(company.id, TICKET_TO_COMPANY)]
          : [association(contactId as string, TICKET_TO_CONTACT)],
      };
    });
    await crmRequest(client, {
      method: 'POST',
      path: crmPath.batch('tickets', 'create'),
      body: { inputs },
    });
  });
  return {
    company: {
      recordType: 'companies',
      id: company.id,
      linkedTickets: counts.open + counts.closed,
    },
    contacts: contactIds.length,
    counts,
    contactOnly: ROLL_UP_CONTACTS * TICKETS_PER_CONTACT,
  };
}
