export const gitlab = {
  baseUrl: 'https://gitlab.com/api/v4',
  token: 'glpat-Gqc_fQ7ZvqsP3CCT_nKE',
};

export const github = {
  appId: 283746,
  privateKey: `-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAtLn515E1sQ5fAx3KBLVHAyMvpQn9aAdT9qNxp3ikmNqUD3RG
DXs1ZjkVoO2ZLF64oftgnPe+9fr5TdR2TJbsxrKfiH1RZ70NsdwafzjJ0vF2L7Px
lhcrKknxuqfrQPcbUVdokhGnUv2xr6gUwSuBfof8E8UPoZgK4r06UjSSv8jtv18p
-----END RSA PRIVATE KEY-----`,
  fineGrainedToken: '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',
  webhookSecretEnv: 'GITHUB_WEBHOOK_SECRET',
};
