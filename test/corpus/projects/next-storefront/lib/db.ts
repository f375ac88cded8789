import mysql from 'mysql2/promise';

export const pool = mysql.createPool({
  host: '127.0.0.1',
  user: 'root',
  password: 'r00t-Sh0p!2024',
  database: 'storefront',
  waitForConnections: true,
  connectionLimit: 10,
});
