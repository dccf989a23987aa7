/**
 * A subject as quoted in an alert or a confirmation: HubSpot's alerts do not wrap an
 * unbroken string (a pasted URL), so a long subject would push the alert past the card's
 * edge. Cut it at a width the sidebar shows on one line; the row itself keeps it whole.
 */
export const SUBJECT_QUOTE_MAX = 40;

export function shortSubject(subject: string, max: number = SUBJECT_QUOTE_MAX): string {
  const chars = Array.from(subject.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
