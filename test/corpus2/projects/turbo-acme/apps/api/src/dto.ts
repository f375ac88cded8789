export interface ProductDto { id: string; name: string; priceCents: number }
