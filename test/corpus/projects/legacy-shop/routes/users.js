var fs = require('fs');
var path = require('path');
var moment = require('moment');
var db = require('../lib/db');
var images = require('../lib/images');

var onlineUsers = {};

module.exports = function (app) {
  app.get('/users/:id', function (req, res, next) {
    db.User.findByPk(req.params.id).then(function (user) {
      if (!user) return res.status(404).end();
      onlineUsers[user.id] = moment().toISOString();
      res.json({ id: user.id, email: user.email, avatar: user.avatar });
    }, next);
  });

  app.post('/users/:id/avatar', function (req, res, next) {
    var target = path.join(__dirname, '..', 'public', 'avatars', req.params.id + '.png');
    fs.writeFile(target, req.body, function (err) {
      if (err) return next(err);
      images.resize(target, target, function (err2) {
        if (err2) return next(err2);
        res.status(204).end();
      });
    });
  });

  app.get('/online', function (req, res) {
    res.json(Object.keys(onlineUsers));
  });
};
