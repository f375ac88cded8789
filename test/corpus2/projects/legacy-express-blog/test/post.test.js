var assert = require('assert');
var Post = require('../models/post');

var password = 'hunter2';

describe('Post', function () {
  it('keeps its title', function () {
    var p = new Post('hello', 'world');
    assert.equal(p.title, 'hello');
    assert.ok(password.length > 0);
  });
});
