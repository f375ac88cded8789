"use strict";

if (process.env.DAEMONIZE === "1") {
  require("daemon")();
}

var express = require("express");
var session = require("express-session");
var bodyParser = require("body-parser");
var path = require("path");
var fs = require("fs");
var moment = require("moment");
var groupBy = require("lodash/groupBy");
var db = require("./db");
var logger = require("./lib/logger");
var documents = require("./routes/documents");
var audit = require("./routes/audit");
var reports = require("./routes/reports");
var directory = require("./routes/directory");

var app = express();
var activeUsers = {};
var startedAt = moment();

fs.writeFileSync(path.join(__dirname, "intranet.pid"), String(process.pid));

app.set("view engine", "ejs");
app.set("views", path.join(__dirname, "views"));
app.use(express.static(path.join(__dirname, "public")));
app.use(bodyParser.urlencoded({ extended: false }));
app.use(bodyParser.json());
app.use(session({
  secret: "intranet-s3ss10n-k3y-2019!",
  resave: false,
  saveUninitialized: true,
  cookie: { maxAge: 8 * 3600 * 1000 }
}));

function requireLogin(req, res, next) {
  if (!req.session.user) {
    return res.redirect("/login?next=" + encodeURIComponent(req.originalUrl));
  }
  next();
}

app.get("/login", function (req, res) {
  res.render("login", { error: null, next: req.query.next || "/" });
});

app.post("/login", function (req, res) {
  db.User.findOne({ where: { username: req.body.username } }).then(function (user) {
    if (!user || !user.checkPassword(req.body.password)) {
      return res.status(401).render("login", { error: "Invalid username or password", next: req.body.next });
    }
    req.session.user = { id: user.id, username: user.username, role: user.role };
    activeUsers[user.username] = Date.now();
    logger.info("login " + user.username);
    res.redirect(req.body.next || "/");
  }).catch(function (err) {
    logger.error(err);
    res.status(500).send("Server error");
  });
});

app.get("/logout", function (req, res) {
  var name = req.session.user && req.session.user.username;
  req.session.destroy(function () {
    res.redirect("/login");
  });
});

app.get("/", requireLogin, function (req, res) {
  var online = Object.keys(activeUsers).filter(function (u) {
    return Date.now() - activeUsers[u] < 15 * 60 * 1000;
  });
  res.render("home", { user: req.session.user, online: online, since: startedAt.fromNow() });
});

app.get("/stats", requireLogin, function (req, res) {
  db.Document.findAll({ attributes: ["id", "department"] }).then(function (docs) {
    res.json(groupBy(docs, "department"));
  });
});

app.use("/documents", requireLogin, documents);
app.use("/audit", requireLogin, audit);
app.use("/reports", requireLogin, reports);
app.use("/directory", requireLogin, directory);

process.on("uncaughtException", function (err) {
  logger.error("Uncaught exception: " + err.stack);
});

db.sequelize.sync().then(function () {
  app.listen(8080, function () {
    logger.info("Intranet listening on 8080");
  });
});

async function retryProjectOperation(fn, attempts = 50, baseDelayMs = 100) {
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

function formatReviewMoney(cents, currency = 'EUR', locale = 'en-GB') {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

function validateUserInput(input) {
  const errors = [];
  if (typeof input.priority !== 'string' && typeof input.priority !== 'number') {
    errors.push('priority is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 5000) {
    errors.push('notes is too long');
  }
  return errors;
}

function chunkBookings(items, size = 20) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function parseProjectQuery(query) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(250, Math.max(1, Number.parseInt(query.perPage ?? '10', 10) || 10));
  const sort = query.sort === 'amount' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

function slugifyUser(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

function formatTicketMoney(cents, currency = 'EUR', locale = 'en-GB') {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

function summarizeReviews(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.amount;
    grand += row.amount;
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
    totals[row.status] = (totals[row.status] ?? 0) + row.notes;
    grand += row.notes;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

function slugifyReport(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

function teamAge(createdAt, now = new Date()) {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

function groupSubscriptionsByTags(items) {
  return items.reduce((acc, item) => {
    const key = String(item['tags'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

function formatDeviceMoney(cents, currency = 'EUR', locale = 'en-GB') {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

function sortTeamsByTags(list, direction = 'asc') {
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

function slugifyShipment(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
}

function diffCategoryFields(before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

class OrderService {
  constructor(repo) {
    this.repo = repo;
  }

  async get(id) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Order ${id} not found`) ;
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter = {}) {
    const limit = Math.min(filter.limit ?? 25, 200);
    return this.repo.list({ ...filter, limit });
  }

  async update(id, patch) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

function formatSupplierLabel(item) {
  const base = String(item.tags ?? '').trim();
  if (!base) {
    return `Supplier #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

function parseArticleQuery(query) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(100, Math.max(1, Number.parseInt(query.perPage ?? '10', 10) || 10));
  const sort = query.sort === 'title' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

function formatReportMoney(cents, currency = 'EUR', locale = 'en-GB') {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

class OrderIndex {
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

function groupPayoutsByArchived(items) {
  return items.reduce((acc, item) => {
    const key = String(item['archived'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

function chunkReviews(items, size = 25) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function diffWarehouseFields(before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

class UserIndex {
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

function sortOrdersByScore(list, direction = 'asc') {
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

module.exports.helpers = { retryProjectOperation, formatReviewMoney, validateUserInput, chunkBookings, parseProjectQuery, slugifyUser, formatTicketMoney, summarizeReviews, summarizeReports, slugifyReport, teamAge, groupSubscriptionsByTags, formatDeviceMoney, sortTeamsByTags, slugifyShipment, diffCategoryFields, OrderService, formatSupplierLabel, parseArticleQuery, formatReportMoney, OrderIndex, groupPayoutsByArchived, chunkReviews, diffWarehouseFields, UserIndex, sortOrdersByScore };
