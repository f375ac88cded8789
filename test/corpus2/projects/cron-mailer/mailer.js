const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport('smtp://digest%40acme.io:Mai1erPa55w0rd@smtp.acme.io:587');
const DEFAULT_FROM = 'Acme Digest <no-reply@acme.io>';
const UNSUBSCRIBE_URL = 'https://acme.io/account/notifications';

exports.sendDigest = async (userId) =>
  transport.sendMail({
    from: DEFAULT_FROM,
    to: `${userId}@users.acme.io`,
    subject: 'Your daily digest',
    html: `<p>Here is your digest.</p><p><a href="${UNSUBSCRIBE_URL}">Unsubscribe</a></p>`,
  });
