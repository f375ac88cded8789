import Script from 'next/script';

const MAPS_API_KEY = 'AIzaYFcg1q8ZtTfVZvgj3Z9sst_0w-VtQikppCk';

export function StoreMap({ lat, lng }: { lat: number; lng: number }) {
  return (
    <>
      <Script src={`https://maps.googleapis.com/maps/api/js?key=${MAPS_API_KEY}`} strategy="lazyOnload" />
      <div id="map" data-lat={lat} data-lng={lng} />
    </>
  );
}
