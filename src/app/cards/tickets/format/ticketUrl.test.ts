import { hubspotHost, ticketsViewUrl } from './ticketUrl';

describe('ticketsViewUrl', () => {
  it("opens the portal's tickets view on app.hubspot.com by default", () => {
    expect(ticketsViewUrl(456)).toBe(
      'https://app.hubspot.com/contacts/456/objects/0-5/views/all/list',
    );
  });

  it("keeps an EU portal on its own host, read off a ticket's link", () => {
    expect(ticketsViewUrl(456, 'https://app-eu1.hubspot.com/contacts/456/record/0-5/1')).toBe(
      'https://app-eu1.hubspot.com/contacts/456/objects/0-5/views/all/list',
    );
  });

  it('never takes a host that is not HubSpot', () => {
    expect(hubspotHost('https://evil.example.com/contacts/456/record/0-5/1')).toBe(
      'app.hubspot.com',
    );
    expect(hubspotHost('not a url')).toBe('app.hubspot.com');
  });
});
