"use strict";
var Sequelize = require("sequelize");
var crypto = require("crypto");

var sequelize = new Sequelize(process.env.DB_NAME || "intranet", process.env.DB_USER || "intranet_app", "Welc0me!2019", {
  host: "10.20.0.15",
  dialect: "mysql",
  logging: false,
  pool: { max: 10, min: 0, idle: 10000 }
});

var User = sequelize.define("user", {
  username: { type: Sequelize.STRING, unique: true },
  passwordHash: Sequelize.STRING,
  salt: Sequelize.STRING,
  role: { type: Sequelize.STRING, defaultValue: "staff" }
});

User.prototype.checkPassword = function (password) {
  var hash = crypto.pbkdf2Sync(password, this.salt, 100000, 64, "sha512").toString("hex");
  return crypto.timingSafeEqual(Buffer.from(hash), Buffer.from(this.passwordHash));
};

User.hashPassword = function (password) {
  var salt = crypto.randomBytes(16).toString("hex");
  return { salt: salt, passwordHash: crypto.pbkdf2Sync(password, salt, 100000, 64, "sha512").toString("hex") };
};

var Document = sequelize.define("document", {
  title: Sequelize.STRING,
  department: Sequelize.STRING,
  filename: Sequelize.STRING,
  uploadedBy: Sequelize.INTEGER
});

var AuditEntry = sequelize.define("audit_entry", {
  actor: Sequelize.STRING,
  action: Sequelize.STRING,
  details: Sequelize.TEXT
});

module.exports = { sequelize: sequelize, Sequelize: Sequelize, User: User, Document: Document, AuditEntry: AuditEntry };
