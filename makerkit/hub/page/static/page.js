// The facilitator's page: fills the room table, runs grading, shows the print queue.
// Plain script, no library: the page works offline and on an old laptop.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("room-data").textContent);
  const T = data.texts;
  const $ = (id) => document.getElementById(id);

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  async function call(path, options) {
    const opts = Object.assign({ credentials: "same-origin", headers: {} }, options || {});
    // JupyterHub checks the XSRF token of every request a script makes, GET included.
    opts.headers["X-XSRFToken"] = data.xsrf;
    if (opts.method && opts.method !== "GET") opts.headers["Content-Type"] = "application/json";
    const response = await fetch(path, opts);
    return { status: response.status, body: await response.json().catch(() => ({})) };
  }

  function ago(seconds) {
    if (seconds === null || seconds === undefined) return T.never;
    if (seconds < 60) return T.just_now;
    return T.minutes_ago.replace("{minutes}", Math.round(seconds / 60));
  }

  function bar(done, total) {
    const cell = el("td");
    const back = el("span", null, { class: "bar-back", "aria-hidden": "true" });
    const width = total ? Math.round((100 * done) / total) : 0;
    back.appendChild(el("span", null, { class: "bar", style: "width:" + width + "%" }));
    cell.appendChild(back);
    cell.appendChild(document.createTextNode(done + " / " + total));
    return cell;
  }

  // ----- who is there -------------------------------------------------------------
  async function refreshRoom() {
    const { status, body } = await call("api/room");
    if (status !== 200) return;
    const rows = $("room-rows");
    const several = body.workshops.length > 1;
    $("room-empty").hidden = body.learners.length > 0;
    $("room-empty").textContent = T.none;
    $("room-table").hidden = body.learners.length === 0;
    const head = $("room-head");
    head.replaceChildren(el("th", T.name, { scope: "col" }), el("th", T.connected, { scope: "col" }));
    for (const slug of body.workshops) {
      const suffix = several ? " — " + slug : "";
      head.appendChild(el("th", T.progress + suffix, { scope: "col" }));
      head.appendChild(el("th", T.checks + suffix, { scope: "col" }));
    }
    head.appendChild(el("th", T.activity, { scope: "col" }));
    rows.replaceChildren();
    for (const learner of body.learners) {
      const tr = el("tr", null, { "data-learner": learner.name });
      tr.appendChild(el("th", learner.name, { scope: "row" }));
      tr.appendChild(el("td", learner.connected ? T.yes : T.no,
        { class: learner.connected ? "connected-yes" : "connected-no" }));
      for (const w of learner.workshops) {
        tr.appendChild(bar(w.steps_done, w.steps));
        tr.appendChild(bar(w.checks_passed, w.checks));
      }
      tr.appendChild(el("td", ago(learner.last_activity_s_ago)));
      rows.appendChild(tr);
    }
  }

  // ----- grading --------------------------------------------------------------------
  function showGrading(state) {
    const button = $("grade-button");
    const status = $("grade-status");
    button.disabled = state.state === "running";
    if (state.state === "running") {
      const p = state.progress || {};
      status.textContent = T.grading.replace("{seconds}", Math.round(state.seconds || 0))
        + (p.total ? " — " + p.done + " / " + p.total : "");
    } else if (state.state === "done") {
      status.textContent = T.graded.replace("{seconds}", state.seconds);
      showResults(state.result);
    } else if (state.state === "failed") {
      status.textContent = T.grade_failed.replace("{reason}", state.reason);
    }
    return state.state === "running";
  }

  function showResults(result) {
    const box = $("grade-results");
    box.replaceChildren();
    for (const w of result.workshops) {
      const part = el("div", null, { "data-workshop": w.workshop });
      if (result.workshops.length > 1) part.appendChild(el("h3", w.workshop));
      const table = el("table");
      const head = el("tr");
      head.appendChild(el("th", T.name, { scope: "col" }));
      head.appendChild(el("th", T.score, { scope: "col" }));
      table.appendChild(head);
      for (const row of w.learners) {
        const tr = el("tr");
        tr.appendChild(el("th", row.id, { scope: "row" }));
        tr.appendChild(el("td", row.score + " / " + row.max_score));
        table.appendChild(tr);
      }
      part.appendChild(table);
      const base = "results/" + encodeURIComponent(w.workshop) + "/";
      const img = el("img", null, { src: base + "class.png?t=" + Date.now(), alt: T.chart });
      part.appendChild(img);
      const links = el("p");
      const csv = el("a", T.csv, { href: base + "class.csv", download: w.workshop + "-class.csv" });
      const png = el("a", T.chart, { href: base + "class.png", download: w.workshop + "-class.png" });
      links.append(csv, " · ", png);
      part.appendChild(links);
      box.appendChild(part);
    }
  }

  async function pollGrading() {
    const { body } = await call("api/grade");
    if (showGrading(body)) setTimeout(pollGrading, 1500);
  }

  $("grade-button").addEventListener("click", async () => {
    $("grade-button").disabled = true;
    await call("api/grade", { method: "POST", body: "{}" });
    pollGrading();
  });

  // ----- the print queue (makerkit.printing plugs in: makerkit/hub/page/prints.py) ----
  async function refreshPrints() {
    const { status, body } = await call("api/prints");
    if (status !== 200) return;
    const rows = $("prints-rows");
    rows.replaceChildren();
    $("prints-status").textContent = !body.installed ? T.prints_none
      : body.message ? body.message : body.jobs.length === 0 ? T.prints_empty : "";
    $("prints-table").hidden = !body.jobs.length;
    for (const job of body.jobs) {
      const tr = el("tr", null, { "data-job": job.id });
      const state = job.status_text || job.state;
      for (const value of [job.learner, job.file, job.printer, state]) tr.appendChild(el("td", value));
      const problems = (job.problems || []).map((p) => p.message).join(" ");
      tr.appendChild(el("td", problems));
      const actions = el("td");
      if (job.state === "waiting") {
        const yes = el("button", T.approve, { type: "button" });
        yes.addEventListener("click", () => act("api/prints/" + encodeURIComponent(job.id) + "/approve", ""));
        const no = el("button", T.refuse, { type: "button" });
        no.addEventListener("click", () => {
          const why = window.prompt(T.refuse_why) || "";
          act("api/prints/" + encodeURIComponent(job.id) + "/refuse", why);
        });
        actions.append(yes, " ", no);
      }
      tr.appendChild(actions);
      rows.appendChild(tr);
    }
    const printers = $("printers");
    printers.replaceChildren();
    for (const p of body.printers || []) {
      const item = el("li", p.name + " — " + p.state, { "data-printer": p.name });
      if (!p.bed_clear) {
        const clear = el("button", T.ready, { type: "button" });
        clear.addEventListener("click", () => act("api/prints/ready/" + encodeURIComponent(p.name), ""));
        item.append(" ", clear);
      }
      printers.appendChild(item);
    }
  }

  async function act(path, why) {
    const { body } = await call(path, { method: "POST", body: JSON.stringify({ why: why }) });
    if (body && body.message) $("prints-status").textContent = body.message;
    refreshPrints();
  }

  // ----- large print ------------------------------------------------------------------
  const large = $("large-print");
  function setLarge(on) {
    document.documentElement.classList.toggle("large", on);
    large.setAttribute("aria-pressed", on ? "true" : "false");
    try { localStorage.setItem("makerkit-large", on ? "1" : "0"); } catch (e) { /* private mode */ }
  }
  large.addEventListener("click", () => setLarge(!document.documentElement.classList.contains("large")));
  try { setLarge(localStorage.getItem("makerkit-large") === "1"); } catch (e) { setLarge(false); }

  refreshRoom();
  refreshPrints();
  pollGrading();
  setInterval(refreshRoom, 5000);
  setInterval(refreshPrints, 5000);
})();
