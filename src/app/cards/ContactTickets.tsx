import { hubspot } from '@hubspot/ui-extensions';
import { createServerlessTicketsClient } from './tickets/client/ticketsClient';
import { TicketsCard } from './tickets/TicketsCard';

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <TicketsCard
    context={context}
    actions={actions}
    recordType="contacts"
    client={createServerlessTicketsClient()}
  />
));
