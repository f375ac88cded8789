import { loadProduct } from './cache';
import { pool } from './db';
import type { Resolvers } from './generated/graphql';

const ratingCounts = new Map<string, number>();

export const resolvers: Resolvers = {
  Query: {
    product: (_parent, { id }) => loadProduct(id) as never,
    products: async (_parent, { first, after }) => {
      const { rows } = await pool.query('SELECT * FROM products WHERE ($1::text IS NULL OR id > $1) ORDER BY id LIMIT $2', [after ?? null, first ?? 20]);
      return rows;
    },
  },
  Mutation: {
    rateProduct: async (_parent, { id, stars }) => {
      ratingCounts.set(id, (ratingCounts.get(id) ?? 0) + 1);
      await pool.query('INSERT INTO ratings (product_id, stars) VALUES ($1, $2)', [id, stars]);
      return loadProduct(id) as never;
    },
  },
};
