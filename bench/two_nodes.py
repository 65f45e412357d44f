"""The client side of two-nodes.sh: logs in as each role through nginx (round-robin over two nodes), saves a draft
many times, asks for password-reset mails, kills one node half-way (the shell passes its pid) and counts what was
lost. Standard library only."""
import html.parser, http.cookiejar, json, os, re, signal, sys, time, urllib.error, urllib.parse, urllib.request

BASE, VICTIM_PID, SINK = sys.argv[1], int(sys.argv[2]), sys.argv[3]
PASSWORD = "Demo-I4-Impact!"
ROLES = {"APPLICANT": ("donvi@demo.i4impact.vn", "/my"), "SECRETARIAT": ("thuky@demo.i4impact.vn", "/secretariat"),
         "JUROR": ("giamkhao@demo.i4impact.vn", "/jury"), "ADMIN": ("bantochuc@demo.i4impact.vn", "/admin")}
SAVES, KILL_AT = int(os.environ.get("SAVES", "40")), int(os.environ.get("KILL_AT", "15"))

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None

class Client:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.nodes = {}

    def request(self, path, data=None):
        if isinstance(data, list):
            data = [tuple(pair) for pair in data]
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(BASE + path, data=body)
        try:
            r = self.opener.open(req, timeout=120)
            status, headers, text = r.status, r.headers, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            status, headers, text = e.code, e.headers, e.read().decode("utf-8", "replace")
        except (urllib.error.URLError, OSError):
            return 0, "", ""  # no answer at all
        node = headers.get("X-Upstream", "?")
        self.nodes[node] = self.nodes.get(node, 0) + 1
        return status, headers.get("Location", ""), text

class Forms(html.parser.HTMLParser):
    """Every form of a page with its fields as a browser would submit them (first submit button excluded)."""
    def __init__(self):
        super().__init__()
        self.forms, self.form, self.textarea, self.select = [], None, None, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.form = {"action": a.get("action", ""), "method": (a.get("method") or "get").lower(),
                         "id": a.get("id", ""), "fields": []}
            self.forms.append(self.form)
        elif self.form is None:
            return
        elif tag == "input" and a.get("name") and a.get("type", "text") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.form["fields"].append([a["name"], a.get("value", "")])
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.form["fields"].append(self.textarea)
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                self.select[1] = a.get("value", "")
    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select" and self.select is not None and self.form is not None:
            self.form["fields"].append([self.select[0], self.select[1] or ""])
            self.select = None
    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

def form(page, action_pattern, method=None):
    p = Forms()
    p.feed(page)
    for f in p.forms:
        if re.fullmatch(action_pattern, f["action"]) and (method is None or f["method"] == method):
            return f
    raise SystemExit("no form " + action_pattern)

def login(role):
    email, home = ROLES[role]
    c = Client()
    _, _, page = c.request("/login")
    f = form(page, r"/login")
    data = dict(f["fields"])
    data.update(email=email, password=PASSWORD)
    status, location, _ = c.request("/login", data)
    if status != 302 or not location.endswith(home):
        raise SystemExit(f"login as {role} failed: {status} {location}")
    return c

def still_logged_in(c, role, n):
    kept = 0
    for _ in range(n):
        status, location, _ = c.request(ROLES[role][1])
        kept += status == 200
    return kept

def draft(c):
    _, _, page = c.request("/my/nominations")
    ids = re.findall(r'href="/my/nominations/(\d+)"', page)
    for i in ids:
        status, _, p = c.request(f"/my/nominations/{i}")
        if status == 200 and re.search(rf'action="/my/nominations/{i}"', p):
            return int(i)
    _, _, page = c.request("/my/nominations/new")
    for award in dict.fromkeys(re.findall(r'<option value="(\d+)"', page)):
        _, _, p = c.request(f"/my/nominations/new?award={award}")
        # the page has two forms with this action: the award chooser (GET) and the start form (POST, with the CSRF
        # token); the kind is pre-checked (SELF when the unit's type is accepted), the nominee only for OTHER
        fields = dict(form(p, r"/my/nominations/new", "post")["fields"])
        if fields.get("kind") != "SELF":
            types = re.findall(r'<option value="([A-Z_]+)"', p.split('id="nomineeType"', 1)[-1])
            fields.update(kind="OTHER", nomineeName="Đơn vị thử hai máy chủ", email="thu-hai-may-chu@example.org",
                          position="Giám đốc", organisation="Đơn vị thử")
            fields.setdefault("nomineeType", "")
            if not fields["nomineeType"] and types:
                fields["nomineeType"] = types[0]
        status, location, _ = c.request("/my/nominations/new", fields)
        m = re.search(r"/my/nominations/(\d+)$", location)
        if status == 302 and m:
            return int(m.group(1))
    raise SystemExit("the applicant could not start a draft")

def edit_form(c, nid):
    for _ in range(20):
        status, _, page = c.request(f"/my/nominations/{nid}")
        if status == 200:
            f = form(page, rf"/my/nominations/{nid}")
            fields = dict(f["fields"])
            return f["fields"], int(fields["version"]), fields.get("title", "")
        time.sleep(0.5)
    raise SystemExit("the draft page did not answer")

def main():
    clients = {role: login(role) for role in ROLES}
    app = clients["APPLICANT"]
    nid = draft(app)
    _, start_version, _ = edit_form(app, nid)
    confirmed, unconfirmed_applied, retries, mails_asked, mails_refused, killed_at = 0, 0, 0, 0, 0, None
    for k in range(1, SAVES + 1):
        if k == KILL_AT:
            os.kill(VICTIM_PID, signal.SIGKILL)
            killed_at = time.time()
        title = f"Bản nháp thử hai máy chủ – lần lưu {k}"
        while True:
            fields, version, _ = edit_form(app, nid)
            fields = [[n, title if n == "title" else v] for n, v in fields]
            status, location, _ = app.request(f"/my/nominations/{nid}", fields)
            if status == 302 and re.search(rf"/my/nominations/{nid}", location):
                confirmed += 1
                break
            # no answer (502: the node died mid-request): did the save land? read before trying again
            _, now_version, now_title = edit_form(app, nid)
            if now_title == title:
                unconfirmed_applied += 1
                break
            retries += 1
            if retries > 20:
                raise SystemExit(f"save {k} keeps failing: {status} {location}")
        if k % 4 == 0:
            anon = Client()
            _, _, page = anon.request("/forgot-password")
            f = dict(form(page, r"/forgot-password")["fields"])
            f["email"] = list(ROLES.values())[k // 4 % 4][0]
            s, _, _ = anon.request("/forgot-password", f)
            mails_asked += s == 302
            mails_refused += s == 429  # the rate limit (portal.rate-limit.*) said no: nothing queued, nothing lost
    _, end_version, end_title = edit_form(app, nid)
    applied = end_version - start_version
    sessions = {role: still_logged_in(c, role, 10) for role, c in clients.items()}
    deadline = time.time() + 90
    mails = []
    while time.time() < deadline:
        mails = [json.loads(l) for l in open(SINK)] if os.path.exists(SINK) else []
        if len(mails) >= mails_asked:
            break
        time.sleep(2)
    bodies = [m["mail"] for m in mails]
    twice = len(bodies) - len(set(bodies))
    served = {}
    for c in clients.values():
        for node, n in c.nodes.items():
            served[node] = served.get(node, 0) + n
    print(f"requests served per node (nginx X-Upstream): {served}")
    print(f"draft {nid}: {SAVES} saves, node killed (kill -9) before save {KILL_AT}; confirmed {confirmed}, "
          f"applied without an answer {unconfirmed_applied}, retried {retries}; version {start_version} -> {end_version}")
    lost = max(0, confirmed + unconfirmed_applied - applied)
    doubled = max(0, applied - confirmed - unconfirmed_applied)
    title_ok = end_title == f"Bản nháp thử hai máy chủ – lần lưu {SAVES}"
    print(f"saves lost: {lost}   saves doubled: {doubled}   last title kept: {title_ok}")
    lost_sessions = sum(1 for r, n in sessions.items() if n != 10)
    print(f"sessions kept after the kill: {sum(1 for n in sessions.values() if n == 10)}/{len(sessions)} "
          f"({sessions}, 10 requests each)   sessions lost: {lost_sessions}")
    print(f"password-reset mails asked {mails_asked} (refused by the rate limit: {mails_refused}), "
          f"delivered {len(mails)}, sent twice: {twice}")
    ok = lost == 0 and doubled == 0 and title_ok and lost_sessions == 0 and twice == 0 and len(mails) >= mails_asked
    print("RESULT: " + ("PASS" if ok else "FAIL"))
    sys.exit(0 if ok else 1)

main()
