import { dispatch } from '../src/queue/dispatch';

jest.mock('../src/mail/transport', () => ({ transport: { sendMail: jest.fn().mockResolvedValue({ messageId: 'x' }) } }));
jest.mock('../src/sms/twilio', () => ({ sendSms: jest.fn().mockResolvedValue({ sid: 'SM123' }) }));

describe('dispatch', () => {
  it('renders and sends email', async () => {
    await expect(
      dispatch({ channel: 'email', to: 'someone@example.org', template: 'password-reset', data: { link: 'https://acme.io/reset?token=abc' } }),
    ).resolves.toBeDefined();
  });

  it('rejects bad channels', async () => {
    await expect(dispatch({ channel: 'fax' } as never)).rejects.toThrow('unknown channel');
  });
});
