/**
 * Web Mercator, as Leaflet draws it, on the unit square: x and y in [0, 1], y down. The map
 * multiplies by `256 × 2^zoom` to get pixels, so geometry is projected once and scaled per view.
 */

/** Latitudes beyond this are outside Web Mercator's square. */
export const MAX_LATITUDE = 85.0511287798;

export function mercatorX(longitude: number): number {
  return (longitude + 180) / 360;
}

export function mercatorY(latitude: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

export function longitudeOf(x: number): number {
  return x * 360 - 180;
}

export function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/** Projects a flat `[lon, lat, lon, lat, …]` array to a flat `[x, y, …]` one. */
export function projectFlat(lonLat: ArrayLike<number>): Float64Array {
  const out = new Float64Array(lonLat.length);
  for (let i = 0; i + 1 < lonLat.length; i += 2) {
    out[i] = mercatorX(lonLat[i]!);
    out[i + 1] = mercatorY(lonLat[i + 1]!);
  }
  return out;
}

/**
 * The extent of points given as parallel latitude and longitude arrays, as `[south, west, north,
 * east]`; points whose longitude is NaN (no place) are skipped. With none, south > north.
 */
export function extentOf(
  latitudes: ArrayLike<number>,
  longitudes: ArrayLike<number>,
): [south: number, west: number, north: number, east: number] {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (let i = 0; i < longitudes.length; i += 1) {
    const longitude = longitudes[i]!;
    if (Number.isNaN(longitude)) continue;
    const latitude = latitudes[i]!;
    if (latitude < south) south = latitude;
    if (latitude > north) north = latitude;
    if (longitude < west) west = longitude;
    if (longitude > east) east = longitude;
  }
  return [south, west, north, east];
}
