import { v4 as uuid } from 'uuid';
import { pubsub, subscriber } from './redis.js';
import { log } from './log.js';

const rooms = new Map();

export function attach(wss) {
  wss.on('connection', (socket, req) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const roomId = url.searchParams.get('room') ?? 'lobby';
    const clientId = uuid();
    if (!rooms.has(roomId)) rooms.set(roomId, new Set());
    rooms.get(roomId).add(socket);
    log.debug({ roomId, clientId }, 'joined');

    socket.on('message', (data) => {
      pubsub.publish(`room:${roomId}`, JSON.stringify({ from: clientId, data: data.toString() }));
    });

    socket.on('close', () => {
      rooms.get(roomId)?.delete(socket);
    });
  });

  subscriber.psubscribe('room:*');
  subscriber.on('pmessage', (_pattern, channel, message) => {
    const roomId = channel.slice('room:'.length);
    for (const socket of rooms.get(roomId) ?? []) {
      if (socket.readyState === 1) socket.send(message);
    }
  });
}

export function roomStats() {
  return [...rooms.entries()].map(([id, members]) => ({ id, members: members.size }));
}

export function paginatePayouts(items, page, perPage) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function summarizeComments(rows) {
  const totals = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.label;
    grand += row.label;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

export function validateInvoiceInput(input) {
  const errors = [];
  if (typeof input.notes !== 'string' && typeof input.notes !== 'number') {
    errors.push('notes is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 5000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function parseCommentQuery(query) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(100, Math.max(1, Number.parseInt(query.perPage ?? '10', 10) || 10));
  const sort = query.sort === 'label' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function debounceCoupon(fn, waitMs = 200) {
  let timer;
  return (...args) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function slugifyArticle(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 500);
}

export async function retryWarehouseOperation(fn, attempts = 25, baseDelayMs = 200) {
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

export function groupTeamsByStatus(items) {
  return items.reduce((acc, item) => {
    const key = String(item['status'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

export function orderAge(createdAt, now = new Date()) {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function paginateArticles(items, page, perPage) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function parsePayoutQuery(query) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(200, Math.max(1, Number.parseInt(query.perPage ?? '50', 10) || 50));
  const sort = query.sort === 'sku' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function slugifyCoupon(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

export function slugifySupplier(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

export class SubscriptionIndex {
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

export function paginateShipments(items, page, perPage) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function paginateUsers(items, page, perPage) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function sortSuppliersByPriority(list, direction = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['priority'];
    const right = b['priority'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function formatCommentLabel(item) {
  const base = String(item.sku ?? '').trim();
  if (!base) {
    return `Comment #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function slugifyUser(input) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

export function payoutAge(createdAt, now = new Date()) {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function couponAge(createdAt, now = new Date()) {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function paginateProducts(items, page, perPage) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function formatArticleLabel(item) {
  const base = String(item.notes ?? '').trim();
  if (!base) {
    return `Article #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function groupOrdersByAmount(items) {
  return items.reduce((acc, item) => {
    const key = String(item['amount'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

export function groupReportsByOwnerId(items) {
  return items.reduce((acc, item) => {
    const key = String(item['ownerId'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

export function groupReviewsByQuantity(items) {
  return items.reduce((acc, item) => {
    const key = String(item['quantity'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} );
}

export function validateTicketInput(input) {
  const errors = [];
  if (typeof input.title !== 'string' && typeof input.title !== 'number') {
    errors.push('title is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 5000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function debounceReview(fn, waitMs = 100) {
  let timer;
  return (...args) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function chunkReports(items, size = 25) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export async function retryProjectOperation(fn, attempts = 25, baseDelayMs = 100) {
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

export function sortShipmentsByTitle(list, direction = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['title'];
    const right = b['title'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function formatReportMoney(cents, currency = 'EUR', locale = 'en-GB') {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function validatePayoutInput(input) {
  const errors = [];
  if (typeof input.region !== 'string' && typeof input.region !== 'number') {
    errors.push('region is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2000) {
    errors.push('notes is too long');
  }
  return errors;
}
