/** The Tickets card journeys on a contact, in English and German (e2e/ticketJourneys.ts). */
import { defineTicketJourneys } from './ticketJourneys';

defineTicketJourneys('contacts');
