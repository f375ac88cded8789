import maxmind, { type CityResponse, type Reader } from 'maxmind';

let geoDb: Reader<CityResponse> | null = null;

export async function loadGeoDb(path = process.env.GEOIP_DB ?? '/usr/share/GeoIP/GeoLite2-City.mmdb') {
  geoDb = await maxmind.open<CityResponse>(path);
}

export function enrichGeo(ip: string) {
  if (!geoDb) return null;
  const hit = geoDb.get(ip);
  return hit ? { country: hit.country?.iso_code, city: hit.city?.names.en } : null;
}
