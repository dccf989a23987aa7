import companyMeta from './company-tickets-hsmeta.json';
import contactMeta from './contact-tickets-hsmeta.json';

describe('card definitions and entries', () => {
  it.each([
    ['contact_tickets_card', contactMeta, 'contacts', '/app/cards/ContactTickets.tsx'],
    ['company_tickets_card', companyMeta, 'companies', '/app/cards/CompanyTickets.tsx'],
  ])('%s is a sidebar card', (uid, meta, objectType, entrypoint) => {
    expect(meta).toEqual({
      uid,
      type: 'card',
      config: {
        name: 'Tickets',
        description: expect.any(String),
        location: 'crm.record.sidebar',
        entrypoint,
        objectTypes: [objectType],
      },
    });
  });

  // HubSpot bundles the entry; the preview and these tests import it in Node, where
  // anything touching `self` at module load would crash.
  it.each([contactMeta, companyMeta])('$uid entry file can be imported in Node', async (meta) => {
    const file = meta.config.entrypoint.replace('/app/cards/', './');
    await expect(import(file)).resolves.toBeDefined();
  });
});
