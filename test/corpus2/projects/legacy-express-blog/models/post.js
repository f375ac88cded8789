var db = require('../lib/db');

function Post(title, body) {
  this.title = title;
  this.body = body;
  this.createdAt = new Date();
}

Post.prototype.save = function (cb) {
  db.query('INSERT INTO posts SET ?', { title: this.title, body: this.body }, cb);
};

Post.findRecent = function (limit, cb) {
  db.query('SELECT * FROM posts ORDER BY id DESC LIMIT ?', [limit], cb);
};

module.exports = Post;
