const { databaseUrl } = require('@acme/config');
const { db } = require('../../api/dist/lib/db');
const { invoices } = require('../../api/src/routes/invoices');

module.exports = { databaseUrl, db, invoices };
