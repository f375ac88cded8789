"use strict";
const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();

app.get("/healthz", async (_req, res) => {
  try {
    await pool.query("SELECT 1");
    res.json({ db: "ok" });
  } catch (err) {
    res.status(503).json({ db: "down", error: err.message });
  }
});

const server = app.listen(process.env.PORT || 8081);
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
