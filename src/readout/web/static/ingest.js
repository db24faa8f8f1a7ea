// Ingest from the browser: send the form to /api/ingest, then poll the job until it ends.
// Everything shown comes from the server and is set with textContent, never as HTML.
(function () {
  "use strict";
  const form = document.getElementById("ingest-form");
  if (!form) return;
  const box = document.getElementById("progress");
  const bar = document.getElementById("progress-bar");
  const text = document.getElementById("progress-text");
  const result = document.getElementById("progress-result");
  const button = document.getElementById("ingest-submit");

  function show(message) {
    box.hidden = false;
    text.textContent = message;
  }

  function line(parent, tag, content, cls) {
    const el = document.createElement(tag);
    el.textContent = content;
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  }

  function finish(job) {
    result.replaceChildren();
    bar.max = Math.max(job.total, 1);
    bar.value = job.total;
    if (job.state === "failed") {
      show("The job failed.");
      line(result, "p", job.error || "unknown error", "error");
    } else {
      show("Done.");
      line(result, "p", job.new + " new, " + job.known + " already known, " + job.failed +
        " failed; " + job.events + " event mentions and " + job.quotes + " quotes found.",
        "result");
      const links = line(result, "p", "");
      const a = line(links, "a", "See the documents");
      a.href = "/documents";
    }
    if (job.failures.length) {
      const list = line(result, "ul", "", "failures");
      job.failures.forEach(function (f) { line(list, "li", f); });
    }
    button.disabled = false;
  }

  function poll(id) {
    fetch("/api/jobs/" + encodeURIComponent(id))
      .then(function (r) { return r.json(); })
      .then(function (job) {
        if (job.error && job.error.status) { show(job.error.message); button.disabled = false; return; }
        bar.max = Math.max(job.total, 1);
        bar.value = job.read;
        if (job.state === "done" || job.state === "failed") { finish(job); return; }
        show(job.state === "queued" ? "Waiting for an earlier job…" :
          "Read " + job.read + " of " + job.total + " files; extracting events and quotes…");
        setTimeout(function () { poll(id); }, 400);
      })
      .catch(function () { show("Lost contact with the server."); button.disabled = false; });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const data = new FormData(form);
    const headers = {};
    const token = document.getElementById("token");
    if (token && token.value) headers["Authorization"] = "Bearer " + token.value;
    button.disabled = true;
    result.replaceChildren();
    show("Uploading…");
    bar.removeAttribute("value");
    fetch("/api/ingest", { method: "POST", body: data, headers: headers })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        if (job.error) { show(job.error.message); button.disabled = false; return; }
        poll(job.id);
      })
      .catch(function () { show("The upload failed."); button.disabled = false; });
  });
})();
