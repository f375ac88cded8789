module.exports = {
  development: {
    client: 'sqlite3',
    connection: { filename: './dev.sqlite3' },
    useNullAsDefault: true,
  },
  production: {
    client: 'pg',
    connection: 'postgres://bookings:Bk9-prod-Pg!x@db.bookings.internal:5432/bookings',
    pool: { min: 2, max: 10 },
  },
};
