/** The Tickets card journeys on a company, in English and German (e2e/ticketJourneys.ts). */
import { defineTicketJourneys } from './ticketJourneys';

defineTicketJourneys('companies');
