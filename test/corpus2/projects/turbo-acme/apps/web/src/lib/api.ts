export type { ProductDto } from '../../../api/src/dto';

export const API_BASE = process.env.NEXT_PUBLIC_API ?? '/api';
