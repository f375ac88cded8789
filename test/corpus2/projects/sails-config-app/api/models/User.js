module.exports = {
  attributes: {
    email: { type: 'string', required: true, unique: true, isEmail: true },
    password: { type: 'string', required: true, protect: true },
    apiToken: { type: 'string', allowNull: true },
  },
  customToJSON: function () {
    return _.omit(this, ['password', 'apiToken']);
  },
};
