/** Tag colours: the state of a ticket and how loud its priority is, at a glance. */
import type { Option, TicketState } from '../../contract';

/**
 * Open stages are blue, closed ones grey: HubSpot's `info` and `success` dots (#00a4bd,
 * #00bda5) are two teals that a rep cannot tell apart in a sidebar, so closed is `default`.
 */
export function stageVariant(state: TicketState): 'info' | 'default' {
  return state === 'OPEN' ? 'info' : 'default';
}

export function priorityVariant(priority: Option): 'error' | 'warning' | 'default' {
  if (priority.value === 'URGENT') return 'error';
  if (priority.value === 'HIGH') return 'warning';
  return 'default';
}
