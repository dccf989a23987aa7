/** Tag colours: the state of a ticket and how loud its priority is, at a glance. */
import type { Option, TicketState } from '../../contract';

export function stageVariant(state: TicketState): 'info' | 'success' {
  return state === 'OPEN' ? 'info' : 'success';
}

export function priorityVariant(priority: Option): 'error' | 'warning' | 'default' {
  if (priority.value === 'URGENT') return 'error';
  if (priority.value === 'HIGH') return 'warning';
  return 'default';
}
