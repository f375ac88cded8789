var fields = [
  { name: 'email', type: 'email', label: 'E-mail' },
  { name: 'password', type: 'password', label: 'Password', autocomplete: 'new-password' },
];

var validation = {
  password: 'Password is required',
  passwordPattern: '^(?=.*\\d).{10,}$',
};

window.renderSignup = function (root) {
  fields.forEach(function (f) {
    var input = document.createElement('input');
    input.type = f.type;
    input.name = f.name;
    input.setAttribute('data-error', validation[f.name] || '');
    root.appendChild(input);
  });
};
