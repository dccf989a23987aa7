/** HubSpot's spacing tokens (both the long and the t-shirt spellings appear in the SDK types). */
const DISTANCES: Record<string, number> = {
  flush: 0,
  'extra-small': 4,
  xs: 4,
  small: 8,
  sm: 8,
  medium: 16,
  md: 16,
  large: 24,
  lg: 24,
  'extra-large': 32,
  xl: 32,
};

export function distance(token: string | undefined, fallback = 0): number {
  if (token === undefined) return fallback;
  return DISTANCES[token] ?? fallback;
}

const FLEX_POSITIONS: Record<string, string> = {
  start: 'flex-start',
  end: 'flex-end',
  center: 'center',
  between: 'space-between',
  around: 'space-around',
  baseline: 'baseline',
  stretch: 'stretch',
  auto: 'auto',
};

export function flexPosition(token: string | undefined): string | undefined {
  return token === undefined ? undefined : (FLEX_POSITIONS[token] ?? token);
}

export function hrefOf(href: unknown): { url: string; external: boolean } | null {
  if (typeof href === 'string') return { url: href, external: true };
  if (href && typeof href === 'object' && 'url' in href && typeof href.url === 'string') {
    const external = 'external' in href ? href.external !== false : true;
    return { url: href.url, external };
  }
  return null;
}
