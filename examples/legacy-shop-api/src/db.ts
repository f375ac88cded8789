import { DataTypes, Sequelize } from 'sequelize';
import { config } from './config';

export const sequelize =
  config.db.dialect === 'sqlite'
    ? new Sequelize({ dialect: 'sqlite', storage: (config.db as { storage: string }).storage, logging: false })
    : new Sequelize('postgres://shop:Tr0ub4dor-shop@10.0.3.12:5432/shop', { logging: false });

export const Product = sequelize.define('Product', {
  name: { type: DataTypes.STRING, allowNull: false },
  priceCents: { type: DataTypes.INTEGER, allowNull: false },
  imagePath: DataTypes.STRING,
});

export const Order = sequelize.define('Order', {
  sessionId: DataTypes.STRING,
  totalCents: DataTypes.INTEGER,
  status: { type: DataTypes.STRING, defaultValue: 'pending' },
});
