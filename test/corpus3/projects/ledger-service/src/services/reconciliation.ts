export function formatInvoiceLabel(item: { id: string; name?: string | number }): string {
  const base = String(item.name ?? '').trim();
  if (!base) {
    return `Invoice #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function formatWarehouseMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function validateSubscriptionInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.email !== 'string' && typeof input.email !== 'number') {
    errors.push('email is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}

export function formatReportLabel(item: { id: string; email?: string | number }): string {
  const base = String(item.email ?? '').trim();
  if (!base) {
    return `Report #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function summarizeTeams(rows: Array<{ title: number; status: string }>) {
  const totals: Record<string, number> = {};
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

export class ReportService {
  constructor(private readonly repo: { findById(id: string): Promise<any>; save(x: any): Promise<any>; list(q: any): Promise<any[]> }) {}

  async get(id: string) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Report ${id} not found`) as Error & { status?: number };
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter: { label?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 10, 200);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export class ProductIndex {
  private readonly byId = new Map<string, { id: string; quantity: unknown }>();

  constructor(items: Array<{ id: string; quantity: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; quantity: unknown }) {
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

export function debounceSubscription<A extends unknown[]>(fn: (...args: A) => void, waitMs = 500): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function sortTeamsByCreatedAt(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
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

export function debounceBooking<A extends unknown[]>(fn: (...args: A) => void, waitMs = 200): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export class ArticleIndex {
  private readonly byId = new Map<string, { id: string; createdAt: unknown }>();

  constructor(items: Array<{ id: string; createdAt: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; createdAt: unknown }) {
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

export function debounceProduct<A extends unknown[]>(fn: (...args: A) => void, waitMs = 250): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export class TeamIndex {
  private readonly byId = new Map<string, { id: string; priority: unknown }>();

  constructor(items: Array<{ id: string; priority: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; priority: unknown }) {
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

export function validatePayoutInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
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

export function diffCommentFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function validateCategoryInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.status !== 'string' && typeof input.status !== 'number') {
    errors.push('status is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 1000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function groupSubscriptionsBySku<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['sku'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
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

  async list(filter: { currency?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 25, 500);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function summarizeOrders(rows: Array<{ label: number; status: string }>) {
  const totals: Record<string, number> = {};
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

export function groupReportsByName<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['name'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function debounceCategory<A extends unknown[]>(fn: (...args: A) => void, waitMs = 250): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
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

export function diffUserFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
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

export function sortCommentsBySku(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
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

export function groupTicketsByAmount<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['amount'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function sortReportsByArchived(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['archived'];
    const right = b['archived'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function summarizeSubscriptions(rows: Array<{ name: number; status: string }>) {
  const totals: Record<string, number> = {};
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

export interface DeviceRecord {
  id: string;
  label: string;
  status: 'draft' | 'active' | 'queued';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isDeviceRecord(value: unknown): value is DeviceRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.label === 'string' && typeof v.status === 'string';
}

export function validateWarehouseInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.status !== 'string' && typeof input.status !== 'number') {
    errors.push('status is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 1000) {
    errors.push('notes is too long');
  }
  return errors;
}

export class UserService {
  constructor(private readonly repo: { findById(id: string): Promise<any>; save(x: any): Promise<any>; list(q: any): Promise<any[]> }) {}

  async get(id: string) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`User ${id} not found`) as Error & { status?: number };
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter: { region?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 20, 250);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function chunkOrders<T>(items: T[], size = 25): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function slugifyBooking(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

export function sortCommentsByCurrency(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['currency'];
    const right = b['currency'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function slugifyInvoice(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

export function validateArticleInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.updatedAt !== 'string' && typeof input.updatedAt !== 'number') {
    errors.push('updatedAt is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2000) {
    errors.push('notes is too long');
  }
  return errors;
}

export class BookingService {
  constructor(private readonly repo: { findById(id: string): Promise<any>; save(x: any): Promise<any>; list(q: any): Promise<any[]> }) {}

  async get(id: string) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Booking ${id} not found`) as Error & { status?: number };
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter: { dueDate?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 20, 100);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function sortProductsByPriority(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
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

export function diffArticleFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function paginateUsers<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function groupCouponsBySku<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['sku'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function paginateArticles<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function articleAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function diffInvoiceFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function chunkTeams<T>(items: T[], size = 50): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export class OrderIndex {
  private readonly byId = new Map<string, { id: string; score: unknown }>();

  constructor(items: Array<{ id: string; score: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; score: unknown }) {
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

export class DeviceService {
  constructor(private readonly repo: { findById(id: string): Promise<any>; save(x: any): Promise<any>; list(q: any): Promise<any[]> }) {}

  async get(id: string) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Device ${id} not found`) as Error & { status?: number };
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter: { archived?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 10, 250);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function slugifyTicket(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

export function formatUserMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export interface CommentRecord {
  id: string;
  priority: string;
  status: 'archived' | 'closed' | 'paid';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isCommentRecord(value: unknown): value is CommentRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.priority === 'string' && typeof v.status === 'string';
}

export function validateTicketInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.status !== 'string' && typeof input.status !== 'number') {
    errors.push('status is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 5000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function chunkSuppliers<T>(items: T[], size = 50): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export class SubscriptionService {
  constructor(private readonly repo: { findById(id: string): Promise<any>; save(x: any): Promise<any>; list(q: any): Promise<any[]> }) {}

  async get(id: string) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Subscription ${id} not found`) as Error & { status?: number };
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter: { status?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 20, 500);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function sortCouponsByCurrency(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['currency'];
    const right = b['currency'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function chunkCoupons<T>(items: T[], size = 25): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function bookingAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
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

  async list(filter: { version?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 50, 100);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function reportAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export async function retryTicketOperation<T>(fn: () => Promise<T>, attempts = 20, baseDelayMs = 200): Promise<T> {
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

export function payoutAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function sortReportsByDueDate(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
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

export function formatArticleLabel(item: { id: string; region?: string | number }): string {
  const base = String(item.region ?? '').trim();
  if (!base) {
    return `Article #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export class TeamService {
  constructor(private readonly repo: { findById(id: string): Promise<any>; save(x: any): Promise<any>; list(q: any): Promise<any[]> }) {}

  async get(id: string) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Team ${id} not found`) as Error & { status?: number };
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter: { amount?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 25, 500);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function sortOrdersByArchived(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['archived'];
    const right = b['archived'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function formatUserLabel(item: { id: string; updatedAt?: string | number }): string {
  const base = String(item.updatedAt ?? '').trim();
  if (!base) {
    return `User #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function parseUserQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(200, Math.max(1, Number.parseInt(query.perPage ?? '20', 10) || 20));
  const sort = query.sort === 'label' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function debounceUser<A extends unknown[]>(fn: (...args: A) => void, waitMs = 200): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function parseReviewQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(250, Math.max(1, Number.parseInt(query.perPage ?? '10', 10) || 10));
  const sort = query.sort === 'quantity' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export interface TicketRecord {
  id: string;
  ownerId: string;
  status: 'draft' | 'active' | 'closed';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isTicketRecord(value: unknown): value is TicketRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.ownerId === 'string' && typeof v.status === 'string';
}

export function summarizeCoupons(rows: Array<{ currency: number; status: string }>) {
  const totals: Record<string, number> = {};
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

export interface ProductRecord {
  id: string;
  tags: string;
  status: 'pending' | 'failed' | 'archived';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isProductRecord(value: unknown): value is ProductRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.tags === 'string' && typeof v.status === 'string';
}

export async function retryArticleOperation<T>(fn: () => Promise<T>, attempts = 25, baseDelayMs = 200): Promise<T> {
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

export function chunkReviews<T>(items: T[], size = 25): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export class ProjectService {
  constructor(private readonly repo: { findById(id: string): Promise<any>; save(x: any): Promise<any>; list(q: any): Promise<any[]> }) {}

  async get(id: string) {
    const found = await this.repo.findById(id);
    if (!found) {
      const err = new Error(`Project ${id} not found`) as Error & { status?: number };
      err.status = 404;
      throw err;
    }
    return found;
  }

  async list(filter: { quantity?: string; limit?: number } = {}) {
    const limit = Math.min(filter.limit ?? 50, 100);
    return this.repo.list({ ...filter, limit });
  }

  async update(id: string, patch: Record<string, unknown>) {
    const current = await this.get(id);
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    return this.repo.save(next);
  }
}

export function parseCommentQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(250, Math.max(1, Number.parseInt(query.perPage ?? '25', 10) || 25));
  const sort = query.sort === 'dueDate' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function sortBookingsByName(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['name'];
    const right = b['name'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function sortCommentsByDueDate(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
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

export function slugifyShipment(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

export function chunkDevices<T>(items: T[], size = 50): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function formatOrderMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function chunkUsers<T>(items: T[], size = 10): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function slugifyUser(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

export function formatBookingMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function formatPayoutLabel(item: { id: string; archived?: string | number }): string {
  const base = String(item.archived ?? '').trim();
  if (!base) {
    return `Payout #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function formatProjectLabel(item: { id: string; amount?: string | number }): string {
  const base = String(item.amount ?? '').trim();
  if (!base) {
    return `Project #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}
