var path = require('path');

module.exports = {
  development: {
    dialect: 'sqlite',
    storage: path.join(__dirname, '..', 'dev.sqlite'),
    logging: false
  },
  test: {
    dialect: 'sqlite',
    storage: ':memory:'
  },
  production: {
    dialect: 'mysql',
    url: 'mysql://shop:Sh0pAdm1n!2017@db.prod.internal:3306/shop',
    pool: { max: 20 }
  }
};
