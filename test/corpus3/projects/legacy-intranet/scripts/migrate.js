"use strict";
var db = require("../db");

db.sequelize.sync({ alter: true }).then(function () {
  console.log("schema synced");
  process.exit(0);
}).catch(function (err) {
  console.error(err);
  process.exit(1);
});
