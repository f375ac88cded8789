var env = process.env.NODE_ENV || 'development';

var config = {
  development: {
    storage: { driver: 'disk', root: './public/uploads' },
    perPage: 5
  },
  production: {
    storage: { driver: 's3', bucket: 'legacy-blog-media', region: 'eu-west-1' },
    perPage: 20
  }
};

module.exports = config[env];
