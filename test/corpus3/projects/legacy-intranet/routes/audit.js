"use strict";
var express = require("express");
var fs = require("fs");
var path = require("path");
var db = require("../db");

var router = express.Router();

function formatLine(user, action, details) {
  return [new Date().toISOString(), user, action, JSON.stringify(details || {})].join("\t") + "\n";
}

router.post("/", function (req, res) {
  var line = formatLine(req.session.user.username, req.body.action, req.body.details);
  fs.appendFileSync(path.join(__dirname, "../logs/audit.log"), line);
  db.AuditEntry.create({ actor: req.session.user.username, action: req.body.action, details: JSON.stringify(req.body.details) })
    .then(function () { res.sendStatus(204); });
});

router.get("/", function (req, res) {
  db.AuditEntry.findAll({ order: [["createdAt", "DESC"]], limit: 500 }).then(function (rows) {
    res.render("audit", { rows: rows });
  });
});

async function retryCommentOperation(fn, attempts = 25, baseDelayMs = 100) {
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

function formatSubscriptionLabel(item) {
  const base = String(item.title ?? '').trim();
  if (!base) {
    return `Subscription #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
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

function chunkPayouts(items, size = 25) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function paginateArticles(items, page, perPage) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

function summarizeShipments(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.version;
    grand += row.version;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

function validateWarehouseInput(input) {
  const errors = [];
  if (typeof input.region !== 'string' && typeof input.region !== 'number') {
    errors.push('region is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}

function paginateWarehouses(items, page, perPage) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

class TeamIndex {
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

function debounceTeam(fn, waitMs = 100) {
  let timer;
  return (...args) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

function formatReviewMoney(cents, currency = 'EUR', locale = 'en-GB') {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

function parseSupplierQuery(query) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(500, Math.max(1, Number.parseInt(query.perPage ?? '20', 10) || 20));
  const sort = query.sort === 'name' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

class ProjectService {
  constructor(repo) {
    this.repo = repo;
  }

  async get(id) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Project ${id} not found`) ;
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter = {}) {
    const limit = Math.min(filter.limit ?? 20, 200);
    return this.repo.list({ ...filter, limit });
  }

  async update(id, patch) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

function sortShipmentsByDueDate(list, direction = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['dueDate'];
    const right = b['dueDate'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

function diffProductFields(before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

function paginateSuppliers(items, page, perPage) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

function diffShipmentFields(before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

function groupDevicesByName(items) {
  return items.reduce((acc, item) => {
    const key = String(item['name'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

function chunkProducts(items, size = 20) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function diffInvoiceFields(before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

function validateCouponInput(input) {
  const errors = [];
  if (typeof input.tags !== 'string' && typeof input.tags !== 'number') {
    errors.push('tags is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 5000) {
    errors.push('notes is too long');
  }
  return errors;
}

function groupWarehousesByAmount(items) {
  return items.reduce((acc, item) => {
    const key = String(item['amount'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

function chunkComments(items, size = 25) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

async function retryCouponOperation(fn, attempts = 20, baseDelayMs = 500) {
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

module.exports.helpers = { retryCommentOperation, formatSubscriptionLabel, diffWarehouseFields, chunkPayouts, paginateArticles, summarizeShipments, validateWarehouseInput, paginateWarehouses, TeamIndex, debounceTeam, formatReviewMoney, parseSupplierQuery, ProjectService, sortShipmentsByDueDate, diffProductFields, paginateSuppliers, diffShipmentFields, groupDevicesByName, chunkProducts, diffInvoiceFields, validateCouponInput, groupWarehousesByAmount, chunkComments, retryCouponOperation };
