var mysql = require('mysql');

var pool = mysql.createPool({
  host: '10.0.3.17',
  port: 3306,
  user: 'blog',
  password: 'Bl0gAdm1n!2019',
  database: 'blog',
  connectionLimit: 10
});

module.exports = pool;
