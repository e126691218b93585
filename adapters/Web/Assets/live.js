// Live updates for the ServiceDesk dashboard: when the server says tickets changed (server-sent events),
// fetch this same page again and swap the #live region, without reloading or moving the focus from the search box.
(function () {
  "use strict";
  var region = document.getElementById("live");
  if (!region || !window.EventSource || !window.fetch || !window.DOMParser) { return; }
  var status = document.getElementById("live-status");
  var busy = false, again = false;
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("live");
        if (!fresh) { return; }
        region.replaceWith(document.adoptNode(fresh));
        region = fresh;
        if (status) { status.textContent = fresh.getAttribute("data-updated") || ""; }
        document.documentElement.setAttribute("data-live-refreshes", String(Number(document.documentElement.getAttribute("data-live-refreshes") || "0") + 1));
      })
      .catch(function () { })
      .then(function () { busy = false; if (again) { again = false; refresh(); } });
  }
  var source = new EventSource("/events");
  source.addEventListener("ready", function () { document.documentElement.setAttribute("data-live", "on"); });
  source.addEventListener("changed", refresh);
})();
