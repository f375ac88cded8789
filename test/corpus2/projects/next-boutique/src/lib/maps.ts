export const GOOGLE_MAPS_API_KEY = 'AIzaJ9C1hnsSSIIpeUxT0uRcm0EA6Gk8htj-wf0';
export const mapsScriptUrl = `https://maps.googleapis.com/maps/api/js?libraries=places`;
export const leafletCss = 'https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.css';
export const storeLocatorId = '3f2b8c1e-9a4d-4e7f-b6c2-8d1a5e9f0c3b';
