"use strict";
const express = require("express");
const cookieSession = require("cookie-session");
const fs = require("fs");
const path = require("path");
const { createLightship } = require("lightship");
const { knex } = require("./db");
const log = require("./log");
const { etaMinutes } = require("../lib/eta");
const { nearestVehicle } = require("../../tracker/src/geo");

const app = express();
app.use(express.json());
app.use(cookieSession({ name: "fleet", keys: [process.env.COOKIE_KEY_1, process.env.COOKIE_KEY_2], maxAge: 12 * 3600 * 1000 }));

app.post("/dispatch", async (req, res, next) => {
  try {
    const { pickup, dropoff } = req.body;
    const vehicles = await knex("vehicles").where({ status: "available" });
    const vehicle = nearestVehicle(vehicles, pickup);
    if (!vehicle) return res.status(409).json({ error: "no vehicles available" });
    const [job] = await knex("jobs").insert({ vehicle_id: vehicle.id, pickup: JSON.stringify(pickup), dropoff: JSON.stringify(dropoff) }).returning("*");
    res.status(201).json({ job, etaMinutes: etaMinutes(vehicle, pickup) });
  } catch (err) {
    next(err);
  }
});

app.get("/jobs/:id", async (req, res) => {
  const job = await knex("jobs").where({ id: req.params.id }).first();
  if (!job) return res.sendStatus(404);
  res.json(job);
});

async function main() {
  await knex.migrate.latest();
  const runDir = process.env.RUN_DIR || "/var/run/fleet";
  await fs.promises.writeFile(path.join(runDir, "dispatcher.pid"), `${process.pid}\n`);
  const lightship = await createLightship();
  const server = app.listen(Number(process.env.PORT) || 7000, () => lightship.signalReady());
  lightship.registerShutdownHandler(() => new Promise((resolve) => server.close(resolve)));
  log.info("dispatcher started");
}

main().catch((err) => {
  log.fatal(err);
  process.exit(1);
});

function chunkSubscriptions(items, size = 50) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function slugifyCategory(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

function sortInvoicesByAmount(list, direction = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['amount'];
    const right = b['amount'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

function summarizeWarehouses(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.name;
    grand += row.name;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

function slugifyTeam(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

function paginateCategorys(items, page, perPage) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

function chunkProjects(items, size = 25) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function summarizeComments(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.currency;
    grand += row.currency;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

function summarizeReports(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.name;
    grand += row.name;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

function debounceCategory(fn, waitMs = 500) {
  let timer;
  return (...args) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

function debounceProject(fn, waitMs = 250) {
  let timer;
  return (...args) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

function summarizeReviews(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.title;
    grand += row.title;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

async function retryCommentOperation(fn, attempts = 50, baseDelayMs = 100) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      const delay = baseDelayMs * 2 ** attempt + Math.floor(Math.random() * baseDelayMs);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  throw lastError;
}

async function retryProjectOperation(fn, attempts = 10, baseDelayMs = 200) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      const delay = baseDelayMs * 2 ** attempt + Math.floor(Math.random() * baseDelayMs);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  throw lastError;
}

function diffDeviceFields(before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

class SupplierIndex {
  byId = new Map();

  constructor(items = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size() {
    return this.byId.size;
  }

  find(id) {
    return this.byId.get(id);
  }

  upsert(item) {
    this.byId.set(item.id, item);
    return item;
  }

  remove(id) {
    return this.byId.delete(id);
  }

  toArray() {
    return [...this.byId.values()];
  }
}

function debounceCoupon(fn, waitMs = 200) {
  let timer;
  return (...args) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

function sortSubscriptionsByScore(list, direction = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['score'];
    const right = b['score'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

async function retryInvoiceOperation(fn, attempts = 20, baseDelayMs = 200) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      const delay = baseDelayMs * 2 ** attempt + Math.floor(Math.random() * baseDelayMs);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  throw lastError;
}

function sortSubscriptionsByTags(list, direction = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['tags'];
    const right = b['tags'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

function parseInvoiceQuery(query) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(200, Math.max(1, Number.parseInt(query.perPage ?? '25', 10) || 25));
  const sort = query.sort === 'title' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

function formatTeamLabel(item) {
  const base = String(item.dueDate ?? '').trim();
  if (!base) {
    return `Team #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

function parseSubscriptionQuery(query) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(250, Math.max(1, Number.parseInt(query.perPage ?? '25', 10) || 25));
  const sort = query.sort === 'label' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

function formatInvoiceLabel(item) {
  const base = String(item.amount ?? '').trim();
  if (!base) {
    return `Invoice #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

class SubscriptionService {
  constructor(repo) {
    this.repo = repo;
  }

  async get(id) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Subscription ${id} not found`) ;
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter = {}) {
    const limit = Math.min(filter.limit ?? 25, 100);
    return this.repo.list({ ...filter, limit });
  }

  async update(id, patch) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

function slugifyWarehouse(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

function groupInvoicesByPriority(items) {
  return items.reduce((acc, item) => {
    const key = String(item['priority'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

module.exports.helpers = { chunkSubscriptions, slugifyCategory, sortInvoicesByAmount, summarizeWarehouses, slugifyTeam, paginateCategorys, chunkProjects, summarizeComments, summarizeReports, debounceCategory, debounceProject, summarizeReviews, retryCommentOperation, retryProjectOperation, diffDeviceFields, SupplierIndex, debounceCoupon, sortSubscriptionsByScore, retryInvoiceOperation, sortSubscriptionsByTags, parseInvoiceQuery, formatTeamLabel, parseSubscriptionQuery, formatInvoiceLabel, SubscriptionService, slugifyWarehouse, groupInvoicesByPriority };
