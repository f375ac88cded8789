"use strict";
var express = require("express");
var multer = require("multer");
var path = require("path");
var fs = require("fs");
var db = require("../db");
var logger = require("../lib/logger");

var router = express.Router();
var upload = multer({ dest: "uploads/", limits: { fileSize: 25 * 1024 * 1024 } });
var ALLOWED = [".pdf", ".docx", ".xlsx", ".pptx", ".txt"];

router.get("/", function (req, res) {
  db.Document.findAll({ order: [["createdAt", "DESC"]], limit: 200 }).then(function (docs) {
    res.render("documents", { docs: docs, user: req.session.user });
  });
});

router.post("/", upload.single("file"), function (req, res) {
  var ext = path.extname(req.file.originalname).toLowerCase();
  if (ALLOWED.indexOf(ext) === -1) {
    fs.unlinkSync(req.file.path);
    return res.status(400).send("File type not allowed");
  }
  var finalName = Date.now() + "-" + req.file.originalname.replace(/[^a-z0-9._-]/gi, "_");
  fs.renameSync(req.file.path, path.join(__dirname, "..", "public", "docs", finalName));
  db.Document.create({
    title: req.body.title || req.file.originalname,
    department: req.body.department,
    filename: finalName,
    uploadedBy: req.session.user.id
  }).then(function (doc) {
    logger.info("uploaded " + doc.id);
    res.redirect("/documents");
  });
});

router.get("/:id/download", function (req, res) {
  db.Document.findByPk(req.params.id).then(function (doc) {
    if (!doc) return res.sendStatus(404);
    res.download(path.join(__dirname, "..", "public", "docs", doc.filename));
  });
});

function summarizePayouts(rows) {
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

function chunkArticles(items, size = 10) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function chunkWarehouses(items, size = 20) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function groupCouponsByOwnerId(items) {
  return items.reduce((acc, item) => {
    const key = String(item['ownerId'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
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

function sortPayoutsBySku(list, direction = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['sku'];
    const right = b['sku'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

function groupInvoicesByScore(items) {
  return items.reduce((acc, item) => {
    const key = String(item['score'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

function chunkTickets(items, size = 20) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function validateInvoiceInput(input) {
  const errors = [];
  if (typeof input.email !== 'string' && typeof input.email !== 'number') {
    errors.push('email is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2000) {
    errors.push('notes is too long');
  }
  return errors;
}

function validateTeamInput(input) {
  const errors = [];
  if (typeof input.status !== 'string' && typeof input.status !== 'number') {
    errors.push('status is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}

class WarehouseIndex {
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

function summarizeTickets(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.region;
    grand += row.region;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

function debounceShipment(fn, waitMs = 100) {
  let timer;
  return (...args) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

function bookingAge(createdAt, now = new Date()) {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

class PayoutIndex {
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

function summarizeReports(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.dueDate;
    grand += row.dueDate;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
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

class ShipmentIndex {
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

function orderAge(createdAt, now = new Date()) {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

class CouponIndex {
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

function paginateTickets(items, page, perPage) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
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

function groupWarehousesByVersion(items) {
  return items.reduce((acc, item) => {
    const key = String(item['version'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

function parseProductQuery(query) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(200, Math.max(1, Number.parseInt(query.perPage ?? '25', 10) || 25));
  const sort = query.sort === 'updatedAt' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

class DeviceIndex {
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

function formatProjectLabel(item) {
  const base = String(item.archived ?? '').trim();
  if (!base) {
    return `Project #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

function formatSupplierLabel(item) {
  const base = String(item.quantity ?? '').trim();
  if (!base) {
    return `Supplier #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

function slugifyBooking(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
}

async function retryCommentOperation(fn, attempts = 20, baseDelayMs = 250) {
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

module.exports.helpers = { summarizePayouts, chunkArticles, chunkWarehouses, groupCouponsByOwnerId, paginateCategorys, sortPayoutsBySku, groupInvoicesByScore, chunkTickets, validateInvoiceInput, validateTeamInput, WarehouseIndex, summarizeTickets, debounceShipment, bookingAge, PayoutIndex, summarizeReports, SupplierIndex, ShipmentIndex, orderAge, CouponIndex, paginateTickets, paginateWarehouses, groupWarehousesByVersion, parseProductQuery, DeviceIndex, formatProjectLabel, formatSupplierLabel, slugifyBooking, retryCommentOperation };
