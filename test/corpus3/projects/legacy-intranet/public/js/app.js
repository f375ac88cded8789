/* global $ */
(function () {
  "use strict";
  var CSRF_HEADER = "X-CSRF-Token";
  var csrfToken = $('meta[name="csrf-token"]').attr("content");

  function api(method, url, data) {
    return $.ajax({ method: method, url: url, data: JSON.stringify(data), contentType: "application/json", headers: { "X-CSRF-Token": csrfToken } });
  }

  $(document).on("submit", "#password-change", function (e) {
    e.preventDefault();
    var password = $("#new-password").val();
    var confirm = $("#confirm-password").val();
    if (password !== confirm) {
      $("#pw-error").text("Passwords do not match").show();
      return;
    }
    api("POST", "/account/password", { password: password });
  });

  window.intranet = { api: api, CSRF_HEADER: CSRF_HEADER };
})();
