export interface Product { id: string; name: string; priceCents: number; tag: string }
