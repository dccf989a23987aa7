import type { TicketSummary } from '../../contract';

const DEFAULT_HOST = 'app.hubspot.com';
/** HubSpot's app hosts: app.hubspot.com, app-eu1.hubspot.com, ... */
const APP_HOST = /^app(-[a-z0-9]+)?\.hubspot\.com$/;

/** The portal's HubSpot host, read off a ticket link the function built (EU portals differ). */
export function hubspotHost(sampleUrl: string | null | undefined): string {
  if (!sampleUrl) return DEFAULT_HOST;
  try {
    const { host } = new URL(sampleUrl);
    return APP_HOST.test(host) ? host : DEFAULT_HOST;
  } catch {
    return DEFAULT_HOST;
  }
}

/** The function leaves `url` null when it does not know the portal; the card does. */
export function ticketUrl(ticket: TicketSummary, portalId: number): string {
  return ticket.url ?? `https://${DEFAULT_HOST}/contacts/${portalId}/record/0-5/${ticket.id}`;
}

/** The portal's own tickets view ("View all in HubSpot"). */
export function ticketsViewUrl(portalId: number, sampleUrl?: string | null): string {
  return `https://${hubspotHost(sampleUrl)}/contacts/${portalId}/objects/0-5/views/all/list`;
}
