export class ObjectStore {
  private accessKey = 'AKIABI6JLVHKPO2DRVAU';
  private readonly region = 'eu-central-1';
  private credentials = { user: 'uploader', passwd: 'Upl0ad3r!Pass#77' };
  private salt = 'f3a9c1e7b5d2';
  private readonly pwdHint = 'Use at least 12 characters';
  private readonly tokenTtlSeconds = 3600;
  private readonly passwordField = 'password';
  private readonly apiKeyHeader = 'x-api-key';
  private readonly requestId = '0f8fad5b-d9cb-469f-a165-70867728950e';

  describe(): string {
    return `${this.region}:${this.credentials.user}:${this.tokenTtlSeconds}:${this.passwordField}:${this.apiKeyHeader}:${this.requestId}:${this.pwdHint}:${this.accessKey.length}:${this.salt.length}`;
  }
}

export function connectLegacyFtp(host: string, pwd = 'ftp-L3gacy-2019') {
  return { host, user: 'legacy', pwd };
}

export const placeholders = {
  apiKey: 'changeme',
  api_key: 'your_api_key_here',
  secret: '${CLIENT_SECRET}',
  token: 'aaaaaaaa',
  password: '',
  signingKey: '<your-signing-key>',
  auth: 'XXXXXXXXXXXX',
};
