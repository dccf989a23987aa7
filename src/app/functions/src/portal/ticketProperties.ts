import type { Option } from '../../../cards/contract';
import type { components } from '../hubspot/generated/properties';

/**
 * What the functions need to know about each ticket property of the portal: enough to ask
 * the user for a value a portal rule requires (label, type, input kind, options), and to
 * decide whether the app may write a value the card sends back (`extraProperties`).
 */

type RawProperty = components['schemas']['Property'];

export interface TicketPropertyInfo {
  name: string;
  label: string;
  type: string;
  fieldType: string;
  /** Visible options in display order; empty for non-enumerations. */
  options: Option[];
  /** False for read-only values, HubSpot-calculated ones and archived properties. */
  writable: boolean;
}

export function visibleOptions(options: RawProperty['options'] | undefined): Option[] {
  return [...(options ?? [])]
    .filter((option) => !option.hidden)
    .sort((a, b) => (a.displayOrder ?? 0) - (b.displayOrder ?? 0))
    .map((option) => ({ value: option.value, label: option.label }));
}

export function toPropertyInfo(property: RawProperty): TicketPropertyInfo {
  return {
    name: property.name,
    label: property.label || property.name,
    type: property.type,
    fieldType: property.fieldType,
    options: visibleOptions(property.options),
    writable:
      property.archived !== true &&
      property.calculated !== true &&
      property.modificationMetadata?.readOnlyValue !== true,
  };
}

export function toPropertyMap(properties: RawProperty[]): Map<string, TicketPropertyInfo> {
  return new Map(properties.map((property) => [property.name, toPropertyInfo(property)]));
}
