import type { ReactElement } from 'react';
import type * as UiExtensions from '@hubspot/ui-extensions';
import type * as TicketsCardModule from './tickets/TicketsCard';
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

  // The card HubSpot shows on a company must list the company's tickets: the entry that
  // the company's hsmeta names renders the card for that record type, not the other.
  it.each([contactMeta, companyMeta])(
    '$uid entry renders the tickets card for its own record type',
    (meta) => {
      const file = meta.config.entrypoint.replace('/app/cards/', './');
      const renders: ((api: unknown) => ReactElement)[] = [];
      let TicketsCard: unknown;
      jest.isolateModules(() => {
        jest.doMock('@hubspot/ui-extensions', () => {
          const actual = jest.requireActual<typeof UiExtensions>('@hubspot/ui-extensions');
          return {
            ...actual,
            hubspot: {
              ...actual.hubspot,
              extend: (render: (api: unknown) => ReactElement) => renders.push(render),
            },
          };
        });
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(file);
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        TicketsCard = (require('./tickets/TicketsCard') as typeof TicketsCardModule).TicketsCard;
      });
      expect(renders).toHaveLength(1);
      const context = { crm: { objectId: 1, objectTypeId: meta.config.objectTypes[0] } };
      const element = (renders[0] as (api: unknown) => ReactElement<{ recordType: string }>)({
        context,
        actions: {},
      });
      expect(element.type).toBe(TicketsCard);
      expect(element.props.recordType).toBe(meta.config.objectTypes[0]);
      expect(element.props).toMatchObject({ context, actions: {} });
    },
  );
});
