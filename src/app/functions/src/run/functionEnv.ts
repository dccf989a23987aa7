import { createHash } from 'node:crypto';

/**
 * What a function reads from its environment, read at call time, never at module load:
 * the local runtime serves several sandboxes from one process, each call with its own env.
 */

const HUBSPOT_API_BASE_URL = 'https://api.hubapi.com';

export interface FunctionEnv {
  baseUrl: string;
  token: string;
  /** Host of HubSpot's app pages for ticket links (EU portals: app-eu1.hubspot.com). */
  appHost: string;
  portalIdFromEnv: number | null;
  /**
   * Identifies the portal behind this token and base URL, so module-level caches never mix
   * two portals served by one container. A hash: the token itself is never kept as a key.
   */
  portalKey: string;
}

export function readFunctionEnv(secrets: unknown): FunctionEnv {
  const secretToken =
    typeof secrets === 'object' && secrets !== null
      ? (secrets as Record<string, unknown>).PRIVATE_APP_ACCESS_TOKEN
      : undefined;
  const token =
    process.env.PRIVATE_APP_ACCESS_TOKEN ?? (typeof secretToken === 'string' ? secretToken : '');
  const baseUrl = (process.env.HUBSPOT_API_BASE_URL || HUBSPOT_API_BASE_URL).replace(/\/+$/, '');
  const portalId = Number(process.env.HUBSPOT_PORTAL_ID);
  return {
    baseUrl,
    token,
    appHost: process.env.HUBSPOT_APP_HOST || 'app.hubspot.com',
    portalIdFromEnv: Number.isSafeInteger(portalId) && portalId > 0 ? portalId : null,
    portalKey: createHash('sha256').update(`${baseUrl}\n${token}`).digest('hex').slice(0, 16),
  };
}
