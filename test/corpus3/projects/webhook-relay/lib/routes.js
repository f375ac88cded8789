"use strict";

const ROUTES = {
  github: {
    push: { slackChannel: "#deploys", forward: [], format: (e) => `:arrow_up: ${e.pusher.name} pushed ${e.commits.length} commits to ${e.repository.full_name}` },
    release: { slackChannel: "#releases", forward: [], format: (e) => `:tada: ${e.release.tag_name} released` }
  },
  stripe: {
    "invoice.paid": { slackChannel: null, forward: ["https://billing.internal.acme.io/hooks/invoice-paid"], format: () => "" },
    "customer.subscription.deleted": { slackChannel: "#churn", forward: ["https://crm.internal.acme.io/hooks/churn"], format: (e) => `Subscription ${e.data.object.id} cancelled` }
  }
};

function pickRoute(source, type) {
  return (ROUTES[source] && ROUTES[source][type]) || { slackChannel: null, forward: [], format: () => "" };
}

module.exports = { pickRoute, ROUTES };

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

class ReviewService {
  constructor(repo) {
    this.repo = repo;
  }

  async get(id) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Review ${id} not found`) ;
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter = {}) {
    const limit = Math.min(filter.limit ?? 10, 250);
    return this.repo.list({ ...filter, limit });
  }

  async update(id, patch) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

function debounceWarehouse(fn, waitMs = 200) {
  let timer;
  return (...args) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

function summarizeComments(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.email;
    grand += row.email;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

function formatUserMoney(cents, currency = 'EUR', locale = 'en-GB') {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
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

function formatSupplierLabel(item) {
  const base = String(item.quantity ?? '').trim();
  if (!base) {
    return `Supplier #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

function summarizePayouts(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.quantity;
    grand += row.quantity;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
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

function groupSubscriptionsByCurrency(items) {
  return items.reduce((acc, item) => {
    const key = String(item['currency'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

function ticketAge(createdAt, now = new Date()) {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

class BookingIndex {
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

function slugifyInvoice(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
}

function formatOrderLabel(item) {
  const base = String(item.region ?? '').trim();
  if (!base) {
    return `Order #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

function chunkComments(items, size = 10) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function slugifyShipment(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

function debounceComment(fn, waitMs = 200) {
  let timer;
  return (...args) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

function debounceDevice(fn, waitMs = 200) {
  let timer;
  return (...args) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

function groupReviewsByTags(items) {
  return items.reduce((acc, item) => {
    const key = String(item['tags'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

class ReviewIndex {
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

class TeamService {
  constructor(repo) {
    this.repo = repo;
  }

  async get(id) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Team ${id} not found`) ;
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter = {}) {
    const limit = Math.min(filter.limit ?? 20, 250);
    return this.repo.list({ ...filter, limit });
  }

  async update(id, patch) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

function validateArticleInput(input) {
  const errors = [];
  if (typeof input.currency !== 'string' && typeof input.currency !== 'number') {
    errors.push('currency is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2000) {
    errors.push('notes is too long');
  }
  return errors;
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
    const limit = Math.min(filter.limit ?? 25, 250);
    return this.repo.list({ ...filter, limit });
  }

  async update(id, patch) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

function slugifyComment(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

function groupProjectsByScore(items) {
  return items.reduce((acc, item) => {
    const key = String(item['score'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

module.exports.helpers = { paginateCategorys, ReviewService, debounceWarehouse, summarizeComments, formatUserMoney, WarehouseIndex, formatSupplierLabel, summarizePayouts, formatReviewMoney, groupSubscriptionsByCurrency, ticketAge, BookingIndex, slugifyInvoice, formatOrderLabel, chunkComments, slugifyShipment, debounceComment, debounceDevice, groupReviewsByTags, ReviewIndex, TeamService, validateArticleInput, OrderService, slugifyComment, groupProjectsByScore };
