var Sequelize = require('sequelize');
var config = require('../config')[process.env.NODE_ENV || 'development'];

var sequelize = config.url
  ? new Sequelize(config.url, config)
  : new Sequelize({ dialect: config.dialect, storage: config.storage, logging: config.logging });

var User = sequelize.define('user', {
  email: Sequelize.STRING,
  passwordHash: Sequelize.STRING,
  avatar: Sequelize.STRING
});

module.exports = { sequelize: sequelize, User: User };
