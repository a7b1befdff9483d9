import type { GoogleHealthDataPoint } from '../schemas/data-point.js';
import type { GoogleHealthCivilDateTime } from '../schemas/fields.js';

/** One comparison of an AIP-160 filter. */
interface Clause {
  field: string;
  operator: '>=' | '<';
  literal: string;
}

/** Parses the `a >= "x" AND b < "y"` filters the Google Health API supports; `undefined` when malformed. */
export function parseFilter(filter: string | null): Clause[] | undefined {
  if (filter === null || filter.trim() === '') return [];
  const clauses: Clause[] = [];
  for (const part of filter.split(/\s+AND\s+/)) {
    const match = /^\s*([a-z_.]+)\s*(>=|<)\s*"([^"]+)"\s*$/.exec(part);
    if (!match) return undefined;
    clauses.push({
      field: match[1] ?? '',
      operator: match[2] as '>=' | '<',
      literal: match[3] ?? '',
    });
  }
  return clauses;
}

const pad = (value: number | undefined, width = 2) => String(value ?? 0).padStart(width, '0');

/** A civil date-time as `YYYY-MM-DDTHH:mm:ss`, comparable as text with a filter literal. */
function civilText(civil: GoogleHealthCivilDateTime | undefined): string | undefined {
  if (!civil) return undefined;
  const { date, time } = civil;
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}T${pad(time?.hours)}:${pad(time?.minutes)}:${pad(time?.seconds)}`;
}

/** The value a filter field reads on a point of the data type (its camel-case field). */
function fieldValue(
  point: GoogleHealthDataPoint,
  field: string,
  key: string,
): string | number | undefined {
  const value = (point as Record<string, unknown>)[key] as Record<string, unknown> | undefined;
  if (!value) return undefined;
  const path = field.split('.').slice(1).join('.');
  const interval = value.interval as
    | {
        startTime: string;
        endTime: string;
        civilStartTime?: GoogleHealthCivilDateTime;
        civilEndTime?: GoogleHealthCivilDateTime;
      }
    | undefined;
  const sample = value.sampleTime as
    | { physicalTime: string; civilTime?: GoogleHealthCivilDateTime }
    | undefined;
  switch (path) {
    case 'interval.start_time':
      return interval && Date.parse(interval.startTime);
    case 'interval.end_time':
      return interval && Date.parse(interval.endTime);
    case 'interval.civil_start_time':
      return civilText(interval?.civilStartTime);
    case 'interval.civil_end_time':
      return civilText(interval?.civilEndTime);
    case 'sample_time.physical_time':
      return sample && Date.parse(sample.physicalTime);
    case 'sample_time.civil_time':
      return civilText(sample?.civilTime);
    case 'date': {
      const date = value.date as { year: number; month: number; day: number } | undefined;
      return date && `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
    }
    default:
      return undefined;
  }
}

/**
 * Keeps the points a parsed filter selects. A clause on another data type's field, or on a
 * field Google does not support, is an error message (the API's 400).
 */
export function applyFilter(
  points: readonly GoogleHealthDataPoint[],
  clauses: readonly Clause[],
  dataType: string,
  key: string,
): GoogleHealthDataPoint[] | string {
  const prefix = `${dataType.replaceAll('-', '_')}.`;
  for (const clause of clauses) {
    if (!clause.field.startsWith(prefix)) {
      return `filter field ${clause.field} does not belong to data type ${dataType}`;
    }
  }
  return points.filter((point) =>
    clauses.every((clause) => {
      const value = fieldValue(point, clause.field, key);
      if (value === undefined) return false;
      const literal = typeof value === 'number' ? Date.parse(clause.literal) : clause.literal;
      if (typeof literal === 'number' && Number.isNaN(literal)) return false;
      return clause.operator === '>=' ? value >= literal : value < literal;
    }),
  );
}
