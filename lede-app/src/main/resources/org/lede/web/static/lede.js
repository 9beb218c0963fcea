// Lede's only script: progressive touches on pages that work without it. Article text never reaches this file's
// DOM writes except through textContent, so nothing in an article can become markup.
(function () {
  "use strict";

  function ago(iso, now) {
    var s = Math.floor((now - Date.parse(iso)) / 1000);
    if (isNaN(s)) return null;
    if (s < 0) return "just now";
    var units = [[60, "second", 1], [3600, "minute", 60], [86400, "hour", 3600],
      [86400 * 60, "day", 86400], [86400 * 730, "month", 86400 * 30], [Infinity, "year", 86400 * 365]];
    for (var i = 0; i < units.length; i++) {
      if (s < units[i][0]) {
        var n = Math.floor(s / units[i][2]);
        return n + " " + units[i][1] + (n === 1 ? "" : "s") + " ago";
      }
    }
    return null;
  }

  function refreshTimes() {
    var now = Date.now();
    document.querySelectorAll("time.ago[datetime]").forEach(function (t) {
      var words = ago(t.getAttribute("datetime"), now);
      if (words) t.textContent = (t.dataset.prefix || "Updated") + " " + words;
    });
  }

  function setupCopy() {
    document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
      var field = document.getElementById(button.dataset.copy);
      if (!field) return;
      button.hidden = false;
      var status = button.parentNode.querySelector(".copied");
      button.addEventListener("click", function () {
        var done = function () { if (status) status.textContent = "Copied"; };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
        } else {
          field.select();
          try { document.execCommand("copy"); done(); } catch (e) { /* the field stays selected for a manual copy */ }
        }
      });
    });
  }

  function setupFollow() {
    document.querySelectorAll("form.follow").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var button = form.querySelector("button");
        var action = form.querySelector("input[name=action]");
        button.disabled = true;
        // getAttribute: form.action would be the hidden input named "action", not the URL
        fetch(form.getAttribute("action"), {
          method: "POST",
          headers: {"Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"},
          body: new URLSearchParams(new FormData(form)).toString(),
          credentials: "same-origin"
        }).then(function (response) {
          if (!response.ok) throw new Error("status " + response.status);
          return response.json();
        }).then(function (result) {
          var label = button.dataset.label || "";
          button.textContent = (result.followed ? "Following " : "Follow ") + label;
          button.setAttribute("aria-pressed", result.followed ? "true" : "false");
          action.value = result.followed ? "unfollow" : "follow";
        }).catch(function () {
          form.submit(); // let the server answer the plain form (e.g. ask for a token)
        }).finally(function () {
          button.disabled = false;
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    refreshTimes();
    setInterval(refreshTimes, 15000);
    setupCopy();
    setupFollow();
  });
})();
