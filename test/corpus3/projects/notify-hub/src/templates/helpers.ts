export function diffReviewFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export async function retryShipmentOperation<T>(fn: () => Promise<T>, attempts = 10, baseDelayMs = 250): Promise<T> {
  let lastError: unknown;
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

export function validateTeamInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.sku !== 'string' && typeof input.sku !== 'number') {
    errors.push('sku is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}

export class ShipmentIndex {
  private readonly byId = new Map<string, { id: string; notes: unknown }>();

  constructor(items: Array<{ id: string; notes: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; notes: unknown }) {
    this.byId.set(item.id, item);
    return item;
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }

  toArray() {
    return [...this.byId.values()];
  }
}

export function summarizeInvoices(rows: Array<{ region: number; status: string }>) {
  const totals: Record<string, number> = {};
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

export function chunkArticles<T>(items: T[], size = 25): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function paginatePayouts<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function groupCategorysByEmail<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['email'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function sortCommentsByCreatedAt(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['createdAt'];
    const right = b['createdAt'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function paginateSubscriptions<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function paginateProjects<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export async function retryInvoiceOperation<T>(fn: () => Promise<T>, attempts = 25, baseDelayMs = 500): Promise<T> {
  let lastError: unknown;
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

export function sortProjectsByStatus(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['status'];
    const right = b['status'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function formatBookingLabel(item: { id: string; name?: string | number }): string {
  const base = String(item.name ?? '').trim();
  if (!base) {
    return `Booking #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function teamAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function formatDeviceLabel(item: { id: string; status?: string | number }): string {
  const base = String(item.status ?? '').trim();
  if (!base) {
    return `Device #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export interface InvoiceRecord {
  id: string;
  sku: string;
  status: 'draft' | 'active' | 'paid';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isInvoiceRecord(value: unknown): value is InvoiceRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.sku === 'string' && typeof v.status === 'string';
}

export function sortReviewsByPriority(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
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

export class CategoryService {
  constructor(private readonly repo: { findById(id: string): Promise<any>; save(x: any): Promise<any>; list(q: any): Promise<any[]> }) {}

  async get(id: string) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Category ${id} not found`) as Error & { status?: number };
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter: { quantity?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 20, 250);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function paginateOrders<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function shipmentAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function diffProjectFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function summarizeComments(rows: Array<{ region: number; status: string }>) {
  const totals: Record<string, number> = {};
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

export function formatArticleLabel(item: { id: string; status?: string | number }): string {
  const base = String(item.status ?? '').trim();
  if (!base) {
    return `Article #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function formatArticleMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function paginateShipments<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function diffSupplierFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function slugifyReport(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

export function formatShipmentLabel(item: { id: string; name?: string | number }): string {
  const base = String(item.name ?? '').trim();
  if (!base) {
    return `Shipment #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function paginateSuppliers<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function groupInvoicesByOwnerId<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['ownerId'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function debounceArticle<A extends unknown[]>(fn: (...args: A) => void, waitMs = 500): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export class InvoiceIndex {
  private readonly byId = new Map<string, { id: string; amount: unknown }>();

  constructor(items: Array<{ id: string; amount: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; amount: unknown }) {
    this.byId.set(item.id, item);
    return item;
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }

  toArray() {
    return [...this.byId.values()];
  }
}

export function validateOrderInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.sku !== 'string' && typeof input.sku !== 'number') {
    errors.push('sku is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function chunkBookings<T>(items: T[], size = 50): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function parseTeamQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(100, Math.max(1, Number.parseInt(query.perPage ?? '25', 10) || 25));
  const sort = query.sort === 'name' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function validateCommentInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.label !== 'string' && typeof input.label !== 'number') {
    errors.push('label is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}

export function parseProductQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(200, Math.max(1, Number.parseInt(query.perPage ?? '50', 10) || 50));
  const sort = query.sort === 'tags' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function parseUserQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(250, Math.max(1, Number.parseInt(query.perPage ?? '20', 10) || 20));
  const sort = query.sort === 'score' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export interface TeamRecord {
  id: string;
  version: string;
  status: 'closed' | 'active' | 'archived';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isTeamRecord(value: unknown): value is TeamRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.version === 'string' && typeof v.status === 'string';
}

export function paginateDevices<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export class ProductIndex {
  private readonly byId = new Map<string, { id: string; amount: unknown }>();

  constructor(items: Array<{ id: string; amount: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; amount: unknown }) {
    this.byId.set(item.id, item);
    return item;
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }

  toArray() {
    return [...this.byId.values()];
  }
}

export function slugifyUser(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

export class ProductService {
  constructor(private readonly repo: { findById(id: string): Promise<any>; save(x: any): Promise<any>; list(q: any): Promise<any[]> }) {}

  async get(id: string) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Product ${id} not found`) as Error & { status?: number };
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter: { createdAt?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 20, 500);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function chunkCoupons<T>(items: T[], size = 50): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function validateTicketInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.title !== 'string' && typeof input.title !== 'number') {
    errors.push('title is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 1000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function validateProjectInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.title !== 'string' && typeof input.title !== 'number') {
    errors.push('title is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 1000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function formatProductLabel(item: { id: string; priority?: string | number }): string {
  const base = String(item.priority ?? '').trim();
  if (!base) {
    return `Product #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function groupArticlesByScore<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['score'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function validateBookingInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.ownerId !== 'string' && typeof input.ownerId !== 'number') {
    errors.push('ownerId is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 5000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function parseReportQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(100, Math.max(1, Number.parseInt(query.perPage ?? '25', 10) || 25));
  const sort = query.sort === 'sku' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function sortArticlesByOwnerId(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['ownerId'];
    const right = b['ownerId'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function formatWarehouseLabel(item: { id: string; name?: string | number }): string {
  const base = String(item.name ?? '').trim();
  if (!base) {
    return `Warehouse #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function chunkOrders<T>(items: T[], size = 25): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function warehouseAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function debounceProduct<A extends unknown[]>(fn: (...args: A) => void, waitMs = 200): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function paginateBookings<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function summarizeOrders(rows: Array<{ dueDate: number; status: string }>) {
  const totals: Record<string, number> = {};
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

export class SupplierService {
  constructor(private readonly repo: { findById(id: string): Promise<any>; save(x: any): Promise<any>; list(q: any): Promise<any[]> }) {}

  async get(id: string) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Supplier ${id} not found`) as Error & { status?: number };
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter: { sku?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 50, 250);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function validateUserInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.createdAt !== 'string' && typeof input.createdAt !== 'number') {
    errors.push('createdAt is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}

export function groupBookingsByPriority<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['priority'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export async function retryWarehouseOperation<T>(fn: () => Promise<T>, attempts = 25, baseDelayMs = 500): Promise<T> {
  let lastError: unknown;
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
