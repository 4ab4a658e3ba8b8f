/**
 * Units of quantities, normalised so that two articles writing one amount differently compare equal: "kilometres"
 * = "km", "tonnes" = "tons" = "tonne", "€" = "euros" = "EUR", "missiles" = "missile", "people" = "person".
 * Currencies become ISO 4217 codes; "$" is read as USD, the dollar most English-language news means when it
 * writes the bare sign (a limit: "$" in an article about Canada is CAD).
 */

/** Currency signs written before the number ("$3.5bn", "US$ 20", "€12 million"). */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  '$': 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'C$': 'CAD', 'A$': 'AUD', 'CHF': 'CHF',
  'USD': 'USD', 'EUR': 'EUR', 'GBP': 'GBP', 'JPY': 'JPY',
};

/** Currency words written after the number ("20 million euros", "5 dollars", "300,000 pounds sterling"). */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', gbp: 'GBP', yen: 'JPY', jpy: 'JPY', rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF',
};

/** Measures, by every spelling news text uses (British and American). */
const MEASURES: Readonly<Record<string, string>> = {
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mile: 'mile', miles: 'mile', mi: 'mile', m: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm',
  cm: 'cm', centimetres: 'cm', centimeters: 'cm', mm: 'mm', millimetres: 'mm', millimeters: 'mm',
  kg: 'kg', kgs: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', g: 'g', grams: 'g', grammes: 'g',
  t: 'tonne', tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne', ha: 'ha', hectare: 'ha', hectares: 'ha',
  l: 'l', litre: 'l', litres: 'l', liter: 'l', liters: 'l', mph: 'mph', 'km/h': 'km/h', kph: 'km/h', knot: 'knot',
  knots: 'knot', degree: 'degree', degrees: 'degree', mw: 'MW', gw: 'GW', kwh: 'kWh',
};

/** Plurals that no suffix rule turns back ("people" -> "person"); words that are their own plural map to themselves. */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', wolves: 'wolf', halves: 'half',
  leaves: 'leaf', thieves: 'thief', shelves: 'shelf', police: 'police', staff: 'staff', crew: 'crew',
  personnel: 'personnel', aircraft: 'aircraft', sheep: 'sheep', fish: 'fish', series: 'series', species: 'species',
  dead: 'dead', injured: 'injured', wounded: 'wounded', missing: 'missing', data: 'data', media: 'media',
};

/** Words a plural can end in without being one ("bus", "crisis", "glass", "news"). */
const NOT_PLURAL = /(?:ss|us|is|ics|news|ous)$/;

export interface NormalisedUnit {
  readonly unit: string;
  /** True for a measure or currency (a closed list); false for a counted noun, which is singularised. */
  readonly closed: boolean;
}

/** The normalised unit of a word that follows a number, or null when it names nothing countable. */
export function unitAfterNumber(word: string): NormalisedUnit | null {
  const w = word.toLowerCase();
  if (CURRENCY_WORDS[w] !== undefined) return { unit: CURRENCY_WORDS[w]!, closed: true };
  if (MEASURES[w] !== undefined) return { unit: MEASURES[w]!, closed: true };
  return null;
}

/** Whether a lower-case word reads as a plural noun (the head of "three patrol ships"). */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS[w] !== undefined) return true;
  return w.length > 3 && w.endsWith('s') && !NOT_PLURAL.test(w);
}

/** "missiles" -> "missile", "casualties" -> "casualty", "crewmen" -> "crewman", "boxes" -> "box". */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS[w] !== undefined) return IRREGULAR_PLURALS[w]!;
  if (w.endsWith('men') && w.length > 4) return `${w.slice(0, -3)}man`;
  if (NOT_PLURAL.test(w) || !w.endsWith('s') || w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(w) || /[^aeiou]oes$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
