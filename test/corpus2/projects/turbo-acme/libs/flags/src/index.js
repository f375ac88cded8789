const FLAGS = Object.freeze({ newCheckout: false, betaSearch: true });
exports.all = () => ({ ...FLAGS });
