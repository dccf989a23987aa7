import type { TicketSummary } from '../../../cards/contract';
import type { Invocation } from '../run/runFunction';
import type { PortalSchema } from '../portal/portalSchemaCache';
import type { LinkedPage } from '../record/recordAssociations';
import { readLinksOf } from '../record/recordAssociations';
import { readTickets } from '../tickets/readTickets';
import { toTicketSummary, type LinkContext } from '../tickets/toTicketSummary';

/**
 * The company roll-up: tickets of the company's contacts that are not the company's own,
 * each marked with the contact it comes through. Two round trips after the list's first
 * one (so a roll-up list takes 3): the contacts' ticket links and names in parallel, then
 * one batch read of those tickets. A ticket linked to both the company and a contact is
 * the company's and is left out here. Only the company's first 500 contacts are covered.
 */
export async function readContactOnlyTickets(
  invocation: Invocation,
  schema: PortalSchema,
  link: LinkContext,
  companyTickets: LinkedPage,
  contacts: LinkedPage,
): Promise<TicketSummary[]> {
  const { crm } = invocation;
  if (contacts.ids.length === 0) return [];
  const nameBatches: string[][] = [];
  for (let start = 0; start < contacts.ids.length; start += 100) {
    nameBatches.push(contacts.ids.slice(start, start + 100));
  }
  const [ticketLinks, nameResponses] = await Promise.all([
    readLinksOf(crm, 'contacts', contacts.ids, 'tickets'),
    Promise.all(
      nameBatches.map((batch) =>
        crm.call('POST', '/crm/objects/2026-09/{objectType}/batch/read', {
          path: { objectType: 'contacts' },
          body: {
            inputs: batch.map((id) => ({ id })),
            properties: ['firstname', 'lastname', 'email'],
            propertiesWithHistory: [],
          },
        }),
      ),
    ),
  ]);
  const names = new Map<string, string>();
  for (const response of nameResponses) {
    for (const contact of response.results) {
      const { firstname, lastname, email } = contact.properties;
      const full = [firstname, lastname].filter(Boolean).join(' ').trim();
      names.set(contact.id, full || email || `Contact ${contact.id}`);
    }
  }
  const companyOwn = new Set(companyTickets.ids);
  const throughContact = new Map<string, string>();
  for (const contactId of contacts.ids) {
    for (const ticketId of ticketLinks.get(contactId) ?? []) {
      if (!companyOwn.has(ticketId) && !throughContact.has(ticketId)) {
        throughContact.set(ticketId, contactId);
      }
    }
  }
  const raw = await readTickets(crm, [...throughContact.keys()]);
  const summaries: TicketSummary[] = [];
  for (const [ticketId, contactId] of throughContact) {
    const ticket = raw.get(ticketId);
    if (!ticket) continue;
    summaries.push({
      ...toTicketSummary(ticket, schema, link),
      viaContact: { id: contactId, name: names.get(contactId) ?? `Contact ${contactId}` },
    });
  }
  return summaries;
}
