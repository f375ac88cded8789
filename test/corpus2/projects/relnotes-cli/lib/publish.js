const https = require('node:https');

const NPM_TOKEN = 'npm_3GuFMV8IpapLxcADpNjEcTEKpJTdjjuneImW';
const registry = 'https://registry.npmjs.org/';

exports.publishNotes = (pkg, notes) =>
  new Promise((resolve, reject) => {
    const req = https.request(new URL(`-/package/${pkg}/dist-tags`, registry), {
      method: 'GET',
      headers: { authorization: `Bearer ${NPM_TOKEN}` },
    }, (res) => resolve({ status: res.statusCode, notes }));
    req.on('error', reject);
    req.end();
  });
