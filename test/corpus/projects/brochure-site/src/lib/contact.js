'use strict';

const { API_KEY_HEADER } = require('./constants');

const contactApi = {
  baseUrl: 'https://api.contact-forms.example.com/v2',
  apiKey: process.env.CONTACT_API_KEY,
  secret: '${CONTACT_API_SECRET}',
  token: '<your-token>',
  password: '',
  auth: 'bearer',
  credentials: 'include',
};

async function submitContact(form) {
  const res = await fetch(`${contactApi.baseUrl}/submissions`, {
    method: 'POST',
    credentials: contactApi.credentials,
    headers: { 'content-type': 'application/json', [API_KEY_HEADER]: contactApi.apiKey },
    body: JSON.stringify(form),
  });
  return res.ok;
}

module.exports = { submitContact };
