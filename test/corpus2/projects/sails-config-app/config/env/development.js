module.exports = {
  models: { migrate: 'alter' },
  log: { level: 'debug' },
};
