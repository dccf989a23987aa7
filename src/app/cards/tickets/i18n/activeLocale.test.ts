import { errorTitles, strings } from '../strings';
import { activateLocale, activeLocale, resetLocale } from './activeLocale';

describe('activateLocale', () => {
  afterEach(resetLocale);

  it('switches every `strings.key` and `errorTitles` to the user language', () => {
    expect(activateLocale('ja-jp')).toBe('ja-JP');
    expect(strings.loading).toBe('チケットを読み込んでいます…');
    expect(strings.linked(2)).toBe('2件のチケットを関連付けました。');
    expect(errorTitles.UNAVAILABLE).toBe('HubSpot が応答していません');
    expect(activeLocale()).toBe('ja-JP');
  });

  it('switches from one language to another and back to English', () => {
    activateLocale('de_DE');
    expect(strings.newTicket).toBe('Neues Ticket');
    activateLocale('FR-fr');
    expect(strings.newTicket).toBe('Nouveau ticket');
    expect(strings.emptyBody.open).toMatch(/^Aucun ticket ouvert/);
    resetLocale();
    expect(strings.newTicket).toBe('New ticket');
    expect(errorTitles.UNAVAILABLE).toBe('HubSpot is not answering');
  });

  it('speaks English, with English dates, to a user whose language has no catalog', () => {
    activateLocale('de-de');
    expect(activateLocale('sv-se')).toBe('en-US');
    expect(strings.newTicket).toBe('New ticket');
  });
});
