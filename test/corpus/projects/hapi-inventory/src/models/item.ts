import { Schema, model } from 'mongoose';

const itemSchema = new Schema({
  sku: { type: String, required: true, index: { unique: true } },
  name: String,
  quantity: { type: Number, default: 0 },
});

export const Item = model('Item', itemSchema);
