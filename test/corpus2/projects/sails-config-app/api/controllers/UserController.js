module.exports = {
  signup: async function (req, res) {
    var hashed = await sails.helpers.passwords.hashPassword(req.body.password);
    var user = await User.create({ email: req.body.email, password: hashed }).fetch();
    return res.json({ id: user.id });
  },
};
