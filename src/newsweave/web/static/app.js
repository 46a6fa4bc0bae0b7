/* newsweave serve: draws the charts and follows ingest jobs. No inline script anywhere:
   figures and job data come as JSON blocks (type="application/json") or from /api/.
   Text from documents is only ever set with textContent. */
(function () {
  "use strict";

  function plots() {
    document.querySelectorAll("[data-plot]").forEach(function (el) {
      var source = document.getElementById(el.dataset.plot);
      if (!source || !window.Plotly) { return; }
      var fig = JSON.parse(source.textContent);
      window.Plotly.newPlot(el, fig.data, fig.layout, { responsive: true, displaylogo: false });
      if (el.dataset.click === "events") {
        el.on("plotly_click", function (d) {
          var p = d.points && d.points[0];
          if (p && p.customdata) {
            window.location.href = "/events/" + encodeURIComponent(p.customdata);
          }
        });
      }
    });
  }

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = value; }
  }

  function showJob(j) {
    var bar = document.getElementById("job-progress");
    var total = Math.max(j.total, j.done, 1);
    if (bar) { bar.max = total; bar.value = j.state === "done" ? total : j.done; }
    text("job-count", j.done + " of " + total);
    text("job-state", j.state);
    text("job-current", j.current || "");
    text("job-summary", j.ingested + " new, " + j.present + " already present, " +
         j.failed + " failed");
    var list = document.getElementById("job-failures");
    if (list) {
      list.replaceChildren();
      j.failures.forEach(function (f) {
        var li = document.createElement("li");
        var name = document.createElement("strong");
        name.textContent = f.input;
        li.appendChild(name);
        li.appendChild(document.createTextNode(": " + f.reason));
        list.appendChild(li);
      });
    }
    var error = document.getElementById("job-error");
    if (error) { error.textContent = j.error || ""; error.hidden = !j.error; }
    var done = document.getElementById("job-done");
    if (done) { done.hidden = !(j.state === "done" || j.state === "failed"); }
    var box = document.getElementById("job");
    if (box) { box.dataset.state = j.state; }
  }

  function followJob() {
    var box = document.getElementById("job");
    if (!box) { return; }
    var id = box.dataset.job;
    function poll() {
      fetch("/api/jobs/" + encodeURIComponent(id), { cache: "no-store" })
        .then(function (r) { return r.json(); })
        .then(function (j) {
          showJob(j);
          if (j.state === "queued" || j.state === "running") { setTimeout(poll, 400); }
        })
        .catch(function () { setTimeout(poll, 1500); });
    }
    poll();
  }

  document.addEventListener("DOMContentLoaded", function () { plots(); followJob(); });
}());
