const apiKey = 'sk_test_mock_key_do_not_use';
const password = 'xxxxxxxx';

export default class StripeMock {
  readonly key = apiKey;
  readonly pw = password;
  webhooks = { constructEvent: (body: unknown) => JSON.parse(String(body)) };
  checkout = { sessions: { create: async () => ({ url: 'https://checkout.stripe.com/test' }) } };
}
