import mysql from 'mysql2/promise';

export const pool = mysql.createPool({
  uri: process.env.DATABASE_URL ?? 'mysql://kitchen:k1tch3nPw@127.0.0.1:3306/kitchen',
  connectionLimit: 5,
});
