// Browser bundle config for the merchant locator widget.
export const mapsConfig = {
  mapsApiKey: 'AIzaHq8mTk_9jomS3vQ996epzxPdUrWszBX2lsD',
  defaultCenter: { lat: 52.3676, lng: 4.9041 },
  zoom: 11,
  styleId: '8e0a97af9386fef',
};

export const CHECKOUT_SCRIPT = {
  src: 'https://js.stripe.com/v3/',
  integrity: 'sha384-+mdZ1NI7vf3QKQbEAy/12NK8Mti4CYVWXWhU3EMeNhxPiGZXZfjjy0pTinq+b5Q1',
};
