import type { Territory } from '../schema/feed-schema.js';

/**
 * Territories that draw themselves: a territory whose code is in a scheme the base map ships
 * outlines for finds its shape without any boundaries file. INSEE codes are current ones (the
 * régions since 2016; `2A`/`2B` for Corsica's départements); ISO 3166-1 codes are alpha-2.
 */

export type BuiltinLevel = 'region' | 'departement' | 'country';

export interface BuiltinKey {
  level: BuiltinLevel;
  /** The code as the asset holds it (`84`, `2A`, `FR`). */
  code: string;
}

/** Which asset and object hold each level. */
export const BUILTIN_SOURCES: Record<
  BuiltinLevel,
  { asset: 'france' | 'world-50m'; object: string; key: 'id' | 'a2' }
> = {
  region: { asset: 'france', object: 'regions', key: 'id' },
  departement: { asset: 'france', object: 'departements', key: 'id' },
  country: { asset: 'world-50m', object: 'countries', key: 'a2' },
};

export function builtinKeyOf(code: Territory['code']): BuiltinKey | undefined {
  if (!code) return undefined;
  const scheme = code.scheme.trim().toUpperCase();
  const value = code.value.trim().toUpperCase();
  if (scheme === 'INSEE-REG') {
    // Codes of the régions before 2016 (vintage given and older) name other shapes.
    const vintage = Number(code.vintage);
    if (Number.isFinite(vintage) && vintage < 2016) return undefined;
    return /^\d{2}$/.test(value) ? { level: 'region', code: value } : undefined;
  }
  if (scheme === 'INSEE-DEP')
    return /^(\d{2,3}|2[AB])$/.test(value) ? { level: 'departement', code: value } : undefined;
  if (scheme === 'ISO-3166-1' || scheme === 'ISO3166-1' || scheme === 'ISO-3166-1-ALPHA-2')
    return /^[A-Z]{2}$/.test(value) ? { level: 'country', code: value } : undefined;
  return undefined;
}
