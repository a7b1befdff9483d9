import * as z from 'zod/mini';
import { withFastTest } from './fast-parse.js';

/**
 * The canonical sport taxonomy every provider's activity type maps into. Snake case, one name
 * per sport (never two names for the same session: a strength session is `strength_training`
 * from every provider); `other` is the fallback for anything a provider table does not know.
 * Names that were merged are in {@link renamedSports}.
 */
export const sports = [
  'run',
  'trail_run',
  'treadmill_run',
  'virtual_run',
  'walk',
  'hike',
  'ride',
  'virtual_ride',
  'indoor_ride',
  'mountain_bike_ride',
  'gravel_ride',
  'e_bike_ride',
  'swim',
  'open_water_swim',
  'row',
  'indoor_row',
  'kayak',
  'canoe',
  'stand_up_paddle',
  'surf',
  'kitesurf',
  'windsurf',
  'sail',
  'alpine_ski',
  'backcountry_ski',
  'nordic_ski',
  'snowboard',
  'ice_skate',
  'inline_skate',
  'strength_training',
  'crossfit',
  'hiit',
  'yoga',
  'pilates',
  'stretching',
  'meditation',
  'breathwork',
  'elliptical',
  'stair_climber',
  'climb',
  'bouldering',
  'dance',
  'boxing',
  'martial_arts',
  'golf',
  'tennis',
  'squash',
  'badminton',
  'table_tennis',
  'pickleball',
  'padel',
  'soccer',
  'basketball',
  'volleyball',
  'football',
  'hockey',
  'rugby',
  'cricket',
  'baseball',
  'wheelchair',
  'handcycle',
  'multisport',
  'triathlon',
  'cardio',
  'other',
] as const;

/**
 * Former names of canonical sports, each → the one name that replaced it. They are not in
 * {@link sports}: the schema rejects them and no provider table can produce them (the tables
 * are typed by {@link Sport}). Use it to migrate records stored before the rename.
 *
 * @example
 * ```ts
 * renamedSports.weight_training; // 'strength_training'
 * ```
 */
export const renamedSports = {
  /** Peloton's and TrainingPeaks' former name for a strength session. */
  strength: 'strength_training',
  /** Strava's former name for a strength session. */
  weight_training: 'strength_training',
} as const satisfies Readonly<Record<string, (typeof sports)[number]>>;

/** One canonical sport from {@link sports}. */
export type Sport = (typeof sports)[number];

const sportSet: ReadonlySet<string> = new Set(sports);

/** Validates a canonical sport. */
export const sportSchema = withFastTest(z.enum(sports), (value) => isSport(value));

/**
 * Tells whether a value is one of the canonical {@link sports}.
 *
 * @example
 * ```ts
 * isSport('ride'); // true
 * isSport('Ride'); // false: canonical names are snake case
 * ```
 */
export function isSport(value: unknown): value is Sport {
  return typeof value === 'string' && sportSet.has(value);
}

/**
 * Reduces a provider value or table key to its comparable form: lower case, letters and digits
 * only, so `Mountain Bike`, `MOUNTAIN_BIKE`, `mountain-bike` and `MountainBike` are equal.
 */
export function normalizeSportKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// Normalized lookups, built once per table object. A WeakMap memo holds no shared state a caller
// can observe; tables are module constants in provider mappers and are treated as immutable.
// Each also remembers the answer per value as the provider wrote it (a sync sees the same few
// spellings on every record), bounded because a value can be anything.
interface TableLookup {
  normalized: ReadonlyMap<string, Sport>;
  answers: Map<string, Sport>;
}

const MAX_REMEMBERED_VALUES = 512;
const lookups = new WeakMap<object, TableLookup>();

function lookupOf(table: Readonly<Record<string, Sport>>): TableLookup {
  const cached = lookups.get(table);
  if (cached) return cached;
  const normalized = new Map<string, Sport>();
  for (const [key, sport] of Object.entries(table)) {
    const normalizedKey = normalizeSportKey(key);
    // The first spelling wins, so a table can list aliases without later ones overriding it.
    if (isSport(sport) && normalizedKey !== '' && !normalized.has(normalizedKey))
      normalized.set(normalizedKey, sport);
  }
  const lookup: TableLookup = { normalized, answers: new Map() };
  lookups.set(table, lookup);
  return lookup;
}

/**
 * Maps a provider's activity type to a canonical sport through the provider's lookup table.
 * Matching ignores case and separators; an unknown, empty or missing value gives `other`.
 * Never throws, whatever the input. Numeric type ids (WHOOP `sport_id`, COROS `mode`) match
 * table keys written as digits.
 *
 * @param table - Provider value → canonical sport; treated as immutable after first use.
 * @param providerValue - The provider's own type, such as Strava's `sport_type`.
 *
 * @example
 * ```ts
 * const garminSports = { running: 'run', mountain_biking: 'mountain_bike_ride' } as const;
 * mapSport(garminSports, 'MOUNTAIN_BIKING'); // 'mountain_bike_ride'
 * mapSport(garminSports, 'Underwater Basket Weaving'); // 'other'
 * ```
 */
export function mapSport(
  table: Readonly<Record<string, Sport>>,
  providerValue: string | number | null | undefined,
): Sport {
  try {
    if (typeof table !== 'object' || table === null) return 'other';
    let text: string;
    if (typeof providerValue === 'string') text = providerValue;
    else if (typeof providerValue === 'number' && Number.isFinite(providerValue)) {
      text = String(providerValue);
    } else return 'other';
    const lookup = lookupOf(table);
    const known = lookup.answers.get(text);
    if (known) return known;
    const key = normalizeSportKey(text);
    const sport = (key === '' ? undefined : lookup.normalized.get(key)) ?? 'other';
    if (lookup.answers.size >= MAX_REMEMBERED_VALUES) lookup.answers.clear();
    lookup.answers.set(text, sport);
    return sport;
  } catch {
    // A hostile table (throwing getters, proxies) must not break a sync: fall back to `other`.
    return 'other';
  }
}
