module.exports = {
  datastores: {
    default: {
      adapter: 'sails-postgresql',
      url: 'postgresql://sails:Pr0dMembersPw@db-members.prod.internal:5432/members',
      ssl: { rejectUnauthorized: true },
    },
  },
  log: { level: 'info' },
  port: process.env.PORT,
};
