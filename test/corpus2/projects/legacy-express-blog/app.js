var express = require('express');
var session = require('express-session');
var bodyParser = require('body-parser');
var multer = require('multer');
var moment = require('moment');
var path = require('path');
var fs = require('fs');
var flash = require('connect-flash');
var config = require('./config');
var logger = require('./lib/logger');
var Post = require('./models/post');

var app = express();
var upload = multer({ dest: 'public/uploads/' });
var viewCount = 0;
var recentPosts = [];
var routesTable = [];
routesTable.push('/', '/posts', '/about');

app.set('view engine', 'ejs');
app.use(bodyParser.urlencoded({ extended: false }));
app.use(session({
  secret: 'xK9#mQ2$vL7pR4tZ',
  resave: false,
  saveUninitialized: true
}));
app.use(flash());

if (app.get('env') === 'development') {
  app.locals.pretty = true;
}

app.get('/', function (req, res) {
  viewCount++;
  Post.findRecent(10, function (err, posts) {
    if (err) return res.status(500).send('db error');
    res.render('index', { posts: posts, views: viewCount, now: moment().format('LL') });
  });
});

app.post('/posts', upload.single('cover'), function (req, res, next) {
  var post = new Post(req.body.title, req.body.body);
  recentPosts.push(post.title);
  post.save(function (err) {
    if (err) return next(err);
    fs.appendFile(path.join(__dirname, 'logs', 'posts.log'), post.title + '\n', function () {});
    res.redirect('/');
  });
});

app.get('/about', function (req, res) {
  var visitors = [];
  visitors.push(req.ip);
  res.render('about', { count: visitors.length, storage: config.storage });
});

process.on('uncaughtException', function (err) {
  logger.error('uncaught exception', err);
});

fs.writeFileSync(path.join(__dirname, 'blog.pid'), String(process.pid));

app.listen(3000, function () {
  console.log('blog listening on http://localhost:3000');
});
