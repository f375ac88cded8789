'use strict';

const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('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');

module.exports.handler = async (event) => {
  const { to, key } = JSON.parse(event.body);
  await sgMail.send({ to, from: 'media@pipeline.example', subject: 'Your thumbnail is ready', text: key });
  return { statusCode: 202 };
};
