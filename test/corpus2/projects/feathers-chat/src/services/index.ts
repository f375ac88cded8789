import type { Application } from '@feathersjs/koa';
import { SequelizeService } from 'feathers-sequelize';
import { DataTypes } from 'sequelize';
import { sequelize } from '../sequelize';

const Message = sequelize.define('message', {
  text: { type: DataTypes.STRING, allowNull: false },
  userId: { type: DataTypes.INTEGER },
});

export const services = (app: Application): void => {
  app.use('messages', new SequelizeService({ Model: Message, paginate: app.get('paginate') }));
};
